'use strict';
// A small stand-in for the `vscode` module: only what the extension uses, recording every
// call so that tests can look. `makeVscode()` gives a fresh one; the module itself is one
// instance (what `require('vscode')` returns under tests/support/load.js).

function makeEvent() {
  const listeners = [];
  const event = (listener) => {
    listeners.push(listener);
    return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
  };
  event.fire = (value) => Promise.all(listeners.slice().map((l) => l(value)));
  event.count = () => listeners.length;
  return event;
}

class Uri {
  constructor(scheme, fsPath) { this.scheme = scheme; this.fsPath = fsPath; this.path = fsPath; }
  static file(fsPath) { return new Uri('file', fsPath); }
  static untitled(name) { return new Uri('untitled', name); }
  toString() { return `${this.scheme}://${this.fsPath}`; }
}

function makeVscode({ settings = {}, language = 'en' } = {}) {
  const calls = { errors: [], commands: [], executed: [], panels: [] };
  const configurationChanged = makeEvent();
  const saved = makeEvent();
  const vscode = {
    calls,
    settings: { ...settings },
    Uri,
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    env: { language },
    window: {
      activeTextEditor: undefined,
      // Resolves to `vscode.nextChoice` (what the user clicks), like the real one.
      showErrorMessage: (text, ...items) => { calls.errors.push({ text, items }); return Promise.resolve(vscode.nextChoice); },
      createWebviewPanel: (viewType, title, showOptions, options) => {
        const disposed = makeEvent();
        const panel = {
          viewType, title, showOptions, options, revealed: 0, disposed: false,
          webview: { html: '', cspSource: 'vscode-webview://stub', options },
          reveal() { panel.revealed += 1; },
          onDidDispose: disposed,
          dispose() { panel.disposed = true; disposed.fire(); },
        };
        calls.panels.push(panel);
        return panel;
      },
    },
    workspace: {
      getConfiguration: (section) => ({
        get: (key, fallback) => {
          const full = `${section}.${key}`;
          return full in vscode.settings ? vscode.settings[full] : fallback;
        },
      }),
      onDidChangeConfiguration: configurationChanged,
      onDidSaveTextDocument: saved,
    },
    commands: {
      registerCommand: (id, handler) => { calls.commands.push({ id, handler }); return { dispose() {} }; },
      executeCommand: (...args) => { calls.executed.push(args); return Promise.resolve(); },
    },
    // Test helpers, not part of VS Code's API.
    fireConfigurationChange: (...sections) => configurationChanged.fire({
      affectsConfiguration: (name) => sections.some((s) => s === name || s.startsWith(`${name}.`)),
    }),
    fireSave: (document) => saved.fire(document),
    command: (id) => calls.commands.find((c) => c.id === id).handler,
    nextChoice: undefined,
  };
  return vscode;
}

/// A text document as VS Code gives it.
function makeDocument({ fsPath, languageId, scheme = 'file' }) {
  const uri = scheme === 'file' ? Uri.file(fsPath) : new Uri(scheme, fsPath);
  return { uri, languageId, isUntitled: scheme === 'untitled', fileName: fsPath };
}

module.exports = makeVscode();
module.exports.makeVscode = makeVscode;
module.exports.makeDocument = makeDocument;
