'use strict';
// The extension, with VS Code and the language client handed in (extension.js passes the real
// modules, the tests stand-ins): starts `stroom lsp` for .vsm and .batenlogica files and
// registers the diagram command. Settings: `stroom.path`, `stroom.language`.

const childProcess = require('child_process');
const { message } = require('./messages');
const { resolveExecutable, restoreBundledExecuteBit } = require('./executable');
const { probeStroom } = require('./probe');
const { resolveLanguage, initializationOptions, renderLanguage } = require('./language');
const { serverOptions, clientOptions } = require('./client');
const { registerDiagram } = require('./diagram');

const RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

function createExtension({ vscode, lc, execFile = childProcess.execFile, env = process.env, platform = process.platform,
  isExecutable, now = () => Date.now() }) {
  const state = { client: undefined, context: undefined, probes: new Map(), shown: new Set(), diagram: undefined };

  const settings = () => vscode.workspace.getConfiguration('stroom');
  const displayLanguage = () => (vscode.env && vscode.env.language) || 'en';
  const messageLanguage = () => resolveLanguage(settings().get('language', ''), displayLanguage());

  /// Shows a problem with the program, with a button that opens the setting. `once`: not again
  /// for the same text until the settings change (so starting the server says it once).
  function showProblem(text, { once }) {
    if (once && state.shown.has(text)) return;
    state.shown.add(text);
    const button = message('openSetting', messageLanguage());
    Promise.resolve(vscode.window.showErrorMessage(text, button)).then((choice) => {
      if (choice === button) vscode.commands.executeCommand('workbench.action.openSettings', 'stroom.path');
    }, () => {});
  }

  /// The checked path of the program, or undefined after one message that names stroom.path.
  async function executable({ once }) {
    const lang = messageLanguage();
    const found = resolveExecutable({
      setting: settings().get('path', ''), extensionPath: state.context && state.context.extensionPath, env, platform,
      ...(isExecutable ? { isExecutable } : {}),
    });
    if (found.error === 'settingMissing') {
      showProblem(message('settingMissing', lang, { path: found.path }), { once });
      return undefined;
    }
    if (found.error === 'notFound') {
      const folders = found.searched.length
        ? message('searchedPath', lang, { folders: found.searched.join(platform === 'win32' ? ';' : ':') })
        : message('pathEmpty', lang);
      showProblem(message('notFound', lang, { searched: folders }), { once });
      return undefined;
    }
    if (!state.probes.has(found.path)) state.probes.set(found.path, probeStroom(found.path, { execFile, env }));
    const probe = await state.probes.get(found.path);
    if (!probe.ok) {
      state.probes.delete(found.path); // asked again next time: the program may have been fixed
      const source = message({ setting: 'sourceSetting', bundled: 'sourceBundled', path: 'sourcePath' }[found.source], lang);
      const reason = message(probe.reason.key, lang, probe.reason.values);
      showProblem(message('notStroom', lang, { path: found.path, source, reason }), { once });
      return undefined;
    }
    return found.path;
  }

  function handlers(path) {
    const restarts = [];
    const stopped = () => showProblem(message('serverStopped', messageLanguage(), { path }), { once: true });
    return {
      errorHandler: {
        error: (_error, _message, count) => ({ action: count && count <= 3 ? lc.ErrorAction.Continue : lc.ErrorAction.Shutdown, handled: true }),
        closed: () => {
          const time = now();
          while (restarts.length && time - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
          restarts.push(time);
          if (restarts.length <= RESTARTS) return { action: lc.CloseAction.Restart, handled: true };
          stopped();
          return { action: lc.CloseAction.DoNotRestart, handled: true };
        },
      },
      initializationFailedHandler: () => { stopped(); return false; },
    };
  }

  async function startClient() {
    const path = await executable({ once: true });
    if (!path) return undefined;
    const options = clientOptions({ initializationOptions: initializationOptions(settings().get('language', '')), ...handlers(path) });
    const client = new lc.LanguageClient('stroom', 'Stroom', serverOptions(path, env), options);
    state.client = client;
    try {
      await client.start();
    } catch {
      showProblem(message('serverStopped', messageLanguage(), { path }), { once: true });
    }
    return client;
  }

  async function stopClient() {
    const client = state.client;
    state.client = undefined;
    if (client) {
      try { await client.stop(); } catch { /* it was not running */ }
    }
  }

  async function activate(context) {
    state.context = context;
    restoreBundledExecuteBit(context.extensionPath, platform);
    state.diagram = registerDiagram(context, {
      vscode,
      executable: () => executable({ once: false }),
      language: () => {
        const setting = settings().get('language', '');
        return { messages: messageLanguage(), ...renderLanguage(setting, displayLanguage(), env) };
      },
    });
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('stroom.path') && !event.affectsConfiguration('stroom.language')) return;
      state.probes.clear();
      state.shown.clear();
      await stopClient();
      await startClient();
    }));
    await startClient();
    return { get client() { return state.client; }, diagram: state.diagram };
  }

  async function deactivate() {
    await stopClient();
  }

  return { activate, deactivate };
}

module.exports = { createExtension };
