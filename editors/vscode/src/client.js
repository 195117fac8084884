'use strict';
// The options of the language client for `stroom lsp`.

const { LANGUAGE_IDS } = require('./diagram');

/// Only Stroom's own languages, on disk or not yet saved; never any other file.
function documentSelector() {
  return LANGUAGE_IDS.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]);
}

function serverOptions(executable, env) {
  // No `transport`: the client then talks over stdio without adding `--stdio`.
  const run = { command: executable, args: ['lsp'], options: { env } };
  return { run, debug: run };
}

/// `handlers` has errorHandler and initializationFailedHandler (see main.js).
function clientOptions({ initializationOptions, errorHandler, initializationFailedHandler }) {
  return {
    documentSelector: documentSelector(),
    initializationOptions,
    diagnosticCollectionName: 'stroom',
    outputChannelName: 'Stroom',
    errorHandler,
    initializationFailedHandler,
  };
}

module.exports = { documentSelector, serverOptions, clientOptions };
