'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { resolveLanguage, initializationOptions, renderLanguage, explicitLanguage } = require('../src/language');
const { messages, message } = require('../src/messages');

test('stroom.language "nl"/"en" wins; empty follows VS Code\'s display language', () => {
  assert.equal(resolveLanguage('nl', 'en-us'), 'nl');
  assert.equal(resolveLanguage('en', 'nl'), 'en');
  assert.equal(resolveLanguage('', 'nl'), 'nl');
  assert.equal(resolveLanguage('', 'nl-BE'), 'nl');
  assert.equal(resolveLanguage('', 'en-gb'), 'en');
  assert.equal(resolveLanguage('', 'de'), 'en');
  assert.equal(resolveLanguage(undefined, undefined), 'en');
  assert.equal(resolveLanguage('fr', 'nl'), 'nl', 'a value outside the enum counts as empty');
  assert.equal(explicitLanguage(' NL '), 'nl');
});

test('the server gets initializationOptions.language only when the setting chooses one', () => {
  assert.deepEqual(initializationOptions('nl'), { language: 'nl' });
  assert.deepEqual(initializationOptions('en'), { language: 'en' });
  // Empty: the server follows stroom.json ("taal"), else the locale the client sends.
  assert.deepEqual(initializationOptions(''), {});
  assert.deepEqual(initializationOptions(undefined), {});
});

test('stroom render gets --lang for a chosen language, else VS Code\'s language as LC_MESSAGES', () => {
  const env = { PATH: '/usr/bin', LANG: 'C.UTF-8' };
  assert.deepEqual(renderLanguage('nl', 'en', env), { args: ['--lang', 'nl'], env });
  const follow = renderLanguage('', 'nl', env);
  assert.deepEqual(follow.args, []);
  assert.equal(follow.env.LC_MESSAGES, 'nl_NL.UTF-8');
  assert.equal(follow.env.PATH, '/usr/bin');
  assert.equal(env.LC_MESSAGES, undefined, 'the extension host\'s environment is not changed');
  assert.equal(renderLanguage('', 'en-us', env).env.LC_MESSAGES, 'en_US.UTF-8');
});

test('every message exists in Dutch and English with the same placeholders', () => {
  for (const [key, entry] of Object.entries(messages)) {
    assert.ok(entry.nl && entry.en, `${key} has nl and en`);
    const names = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(names(entry.nl), names(entry.en), `${key}: same placeholders`);
  }
  assert.equal(message('exitCode', 'nl', { code: 2 }), 'stroom render stopte met afsluitcode 2.');
  assert.throws(() => message('nonexistent', 'en'));
});
