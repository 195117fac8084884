'use strict';
// The language of the extension's own messages, of the server and of the diagram.
//
// `stroom.language` is "", "nl" or "en". "nl"/"en" is passed to the server as
// `initializationOptions.language` and to `stroom render` as `--lang`. Empty follows the
// server's own rule: the workspace's stroom.json ("taal"), else VS Code's display language,
// which the language client sends as `locale` in `initialize`; for the diagram the same
// fallback is given to `stroom render` through LC_MESSAGES.

const CHOICES = ['nl', 'en'];

/// The setting's value when it is "nl" or "en", else undefined (empty or anything else).
function explicitLanguage(setting) {
  const value = typeof setting === 'string' ? setting.trim().toLowerCase() : '';
  return CHOICES.includes(value) ? value : undefined;
}

/// "nl" or "en" for a VS Code display language such as "nl", "nl-be", "en-us" or "de".
function fromDisplayLanguage(displayLanguage) {
  return typeof displayLanguage === 'string' && displayLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/// The language the extension writes its own messages in.
function resolveLanguage(setting, displayLanguage) {
  return explicitLanguage(setting) || fromDisplayLanguage(displayLanguage);
}

/// The `initializationOptions` for `stroom lsp`.
function initializationOptions(setting) {
  const language = explicitLanguage(setting);
  return language ? { language } : {};
}

/// The language arguments and environment for `stroom render`.
function renderLanguage(setting, displayLanguage, environment) {
  const language = explicitLanguage(setting);
  if (language) return { args: ['--lang', language], env: environment };
  const locale = fromDisplayLanguage(displayLanguage) === 'nl' ? 'nl_NL.UTF-8' : 'en_US.UTF-8';
  return { args: [], env: { ...environment, LC_MESSAGES: locale } };
}

module.exports = { explicitLanguage, fromDisplayLanguage, resolveLanguage, initializationOptions, renderLanguage };
