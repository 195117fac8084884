'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, languageClient } = require('./support/load');
const { makeVscode } = require('./support/stubs/vscode');
const { createExtension } = require('../src/main');
const { probeStroom } = require('../src/probe');
const { stroomBinary } = require('./support/tools');

const lc = languageClient;

/// execFile for `PROGRAM --version`: `answers[path]` is the stdout, or an Error to fail with.
function versionExecFile(answers) {
  const calls = [];
  const execFile = (file, args, options, callback) => {
    calls.push({ file, args });
    const answer = answers[file];
    setImmediate(() => (answer instanceof Error ? callback(answer, '', '') : callback(null, answer ?? '', '')));
    return { on() {} };
  };
  return { execFile, calls };
}

function start({ settings = {}, language = 'en', files = ['/usr/bin/stroom'], answers = { '/usr/bin/stroom': 'stroom 0.1.0\n' }, now } = {}) {
  lc.LanguageClient.reset();
  const vscode = makeVscode({ settings, language });
  const version = versionExecFile(answers);
  const extension = createExtension({ vscode, lc, execFile: version.execFile, env: { PATH: '/usr/bin' }, platform: 'linux',
    isExecutable: (file) => files.includes(file), ...(now ? { now } : {}) });
  const context = { subscriptions: [], extensionPath: '/ext' };
  return { vscode, extension, context, version };
}

test('activation starts `stroom lsp` for vsm and batenlogica only, with the language option', async () => {
  const { vscode, extension, context, version } = start({ settings: { 'stroom.language': 'nl' } });
  const api = await extension.activate(context);
  assert.equal(lc.LanguageClient.instances.length, 1);
  const client = lc.LanguageClient.instances[0];
  assert.equal(api.client, client);
  assert.equal(client.id, 'stroom');
  assert.equal(client.started, true);
  assert.deepEqual(client.serverOptions.run, { command: '/usr/bin/stroom', args: ['lsp'], options: { env: { PATH: '/usr/bin' } } });
  assert.equal(client.serverOptions.run.transport, undefined, 'no transport: no extra --stdio argument');
  assert.deepEqual(client.clientOptions.documentSelector, [
    { scheme: 'file', language: 'vsm' }, { scheme: 'untitled', language: 'vsm' },
    { scheme: 'file', language: 'batenlogica' }, { scheme: 'untitled', language: 'batenlogica' },
  ]);
  for (const filter of client.clientOptions.documentSelector) assert.deepEqual(Object.keys(filter).sort(), ['language', 'scheme']);
  assert.deepEqual(client.clientOptions.initializationOptions, { language: 'nl' });
  assert.deepEqual(version.calls, [{ file: '/usr/bin/stroom', args: ['--version'] }]);
  assert.deepEqual(vscode.calls.commands.map((c) => c.id), ['stroom.showDiagram']);
  assert.equal(vscode.calls.errors.length, 0);
  await extension.deactivate();
  assert.equal(client.stopped, true);
});

test('an empty stroom.language sends no language: the server follows stroom.json, else VS Code\'s locale', async () => {
  const { extension, context } = start({ settings: { 'stroom.language': '' }, language: 'nl' });
  await extension.activate(context);
  assert.deepEqual(lc.LanguageClient.instances[0].clientOptions.initializationOptions, {});
});

test('the bundled program is used when the setting is empty', async () => {
  const { extension, context } = start({ files: ['/ext/bin/stroom', '/usr/bin/stroom'], answers: { '/ext/bin/stroom': 'stroom 0.1.0' } });
  await extension.activate(context);
  assert.equal(lc.LanguageClient.instances[0].serverOptions.run.command, '/ext/bin/stroom');
});

test('no stroom anywhere: one message naming stroom.path, no client, and a button that opens the setting', async () => {
  const { vscode, extension, context } = start({ files: [] });
  vscode.nextChoice = 'Open setting';
  await extension.activate(context);
  assert.equal(lc.LanguageClient.instances.length, 0);
  assert.equal(vscode.calls.errors.length, 1);
  const { text, items } = vscode.calls.errors[0];
  assert.match(text, /stroom\.path/);
  assert.match(text, /\/usr\/bin/);
  assert.deepEqual(items, ['Open setting']);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(vscode.calls.executed, [['workbench.action.openSettings', 'stroom.path']]);
  // A change of another setting neither restarts nor repeats the message.
  await vscode.fireConfigurationChange('editor.fontSize');
  assert.equal(vscode.calls.errors.length, 1);
});

test('Dutch VS Code: the message is Dutch', async () => {
  const { vscode, extension, context } = start({ files: [], language: 'nl' });
  await extension.activate(context);
  assert.match(vscode.calls.errors[0].text, /instelling stroom\.path/);
  assert.deepEqual(vscode.calls.errors[0].items, ['Instelling openen']);
});

test('a wrong program in stroom.path: one message that says why and names the setting', async () => {
  const cases = [
    { answer: 'Python 3.11.2\n', reason: /Python 3\.11\.2/ },
    { answer: Object.assign(new Error('spawn EACCES'), { code: 'EACCES' }), reason: /may not be run/ },
    { answer: Object.assign(new Error('exit 1'), { code: 1 }), reason: /exit 1/ },
  ];
  for (const { answer, reason } of cases) {
    const { vscode, extension, context } = start({ settings: { 'stroom.path': '/opt/other' }, files: ['/opt/other'],
      answers: { '/opt/other': answer } });
    await extension.activate(context);
    assert.equal(lc.LanguageClient.instances.length, 0);
    assert.equal(vscode.calls.errors.length, 1);
    assert.match(vscode.calls.errors[0].text, /stroom\.path/);
    assert.match(vscode.calls.errors[0].text, /\/opt\/other/);
    assert.match(vscode.calls.errors[0].text, reason);
    assert.doesNotMatch(vscode.calls.errors[0].text, /\s+at\s+\S+\s+\(/, 'no stack trace');
  }
});

test('a failed probe is not remembered: once the program is fixed, the diagram command works', async () => {
  const answers = { '/opt/stroom': 'something else' };
  const { vscode, extension, context, version } = start({ settings: { 'stroom.path': '/opt/stroom' }, files: ['/opt/stroom'], answers });
  const api = await extension.activate(context);
  assert.equal(vscode.calls.errors.length, 1);
  answers['/opt/stroom'] = 'stroom 0.1.0';
  let rendered;
  api.diagram.render = async (options) => { rendered = options; return { svg: '<svg></svg>' }; };
  vscode.window.activeTextEditor = { document: { uri: vscode.Uri.file('/s/a.vsm'), languageId: 'vsm', isUntitled: false } };
  await vscode.command('stroom.showDiagram')();
  assert.equal(rendered.executable, '/opt/stroom');
  assert.equal(version.calls.length, 2, 'probed again');
  assert.equal(vscode.calls.errors.length, 1);
  assert.equal(vscode.calls.panels.length, 1);
});

test('a setting that points at nothing: the message names it; the diagram command says it again when used', async () => {
  const { vscode, extension, context } = start({ settings: { 'stroom.path': '/nope/stroom' } });
  await extension.activate(context);
  assert.equal(lc.LanguageClient.instances.length, 0);
  assert.equal(vscode.calls.errors.length, 1);
  assert.match(vscode.calls.errors[0].text, /The setting stroom\.path points to ‘\/nope\/stroom’/);
  vscode.window.activeTextEditor = { document: { uri: vscode.Uri.file('/s/a.vsm'), languageId: 'vsm', isUntitled: false } };
  await vscode.command('stroom.showDiagram')();
  assert.equal(vscode.calls.errors.length, 2);
  assert.equal(vscode.calls.panels.length, 0);
});

test('changing stroom.path or stroom.language restarts the client with the new settings', async () => {
  const { vscode, extension, context } = start({ settings: { 'stroom.path': '/opt/a', 'stroom.language': 'en' },
    files: ['/opt/a', '/opt/b'], answers: { '/opt/a': 'stroom 0.1.0', '/opt/b': 'stroom 0.2.0' } });
  await extension.activate(context);
  const [first] = lc.LanguageClient.instances;
  assert.equal(first.serverOptions.run.command, '/opt/a');
  assert.deepEqual(first.clientOptions.initializationOptions, { language: 'en' });

  vscode.settings['stroom.path'] = '/opt/b';
  await vscode.fireConfigurationChange('stroom.path');
  assert.equal(first.stopped, true);
  const second = lc.LanguageClient.instances[1];
  assert.equal(second.serverOptions.run.command, '/opt/b');
  assert.equal(second.started, true);

  vscode.settings['stroom.language'] = 'nl';
  await vscode.fireConfigurationChange('stroom.language');
  assert.equal(second.stopped, true);
  assert.equal(lc.LanguageClient.instances.length, 3);
  assert.deepEqual(lc.LanguageClient.instances[2].clientOptions.initializationOptions, { language: 'nl' });

  // A path that does not exist after a change: the message again (the user just changed it).
  vscode.settings['stroom.path'] = '/opt/c';
  await vscode.fireConfigurationChange('stroom.path');
  assert.equal(lc.LanguageClient.instances.length, 3);
  assert.equal(vscode.calls.errors.length, 1);
  assert.match(vscode.calls.errors[0].text, /\/opt\/c/);
});

test('a server that keeps stopping is restarted four times in three minutes, then one message', async () => {
  let time = 0;
  const { vscode, extension, context } = start({ now: () => time });
  await extension.activate(context);
  const { errorHandler, initializationFailedHandler } = lc.LanguageClient.instances[0].clientOptions;
  for (let i = 0; i < 4; i += 1) {
    time += 1000;
    assert.deepEqual(errorHandler.closed(), { action: lc.CloseAction.Restart, handled: true });
  }
  time += 1000;
  assert.deepEqual(errorHandler.closed(), { action: lc.CloseAction.DoNotRestart, handled: true });
  assert.equal(vscode.calls.errors.length, 1);
  assert.match(vscode.calls.errors[0].text, /stroom\.path/);
  assert.equal(initializationFailedHandler(new Error('x')), false);
  assert.equal(vscode.calls.errors.length, 1, 'the same message is not shown twice');
  assert.deepEqual(errorHandler.error(new Error('write'), undefined, 1), { action: lc.ErrorAction.Continue, handled: true });
  assert.deepEqual(errorHandler.error(new Error('write'), undefined, 4), { action: lc.ErrorAction.Shutdown, handled: true });
  // After a quiet spell the count starts again.
  const later = start({ now: () => time });
  await later.extension.activate(later.context);
  const handler = lc.LanguageClient.instances[0].clientOptions.errorHandler;
  for (let i = 0; i < 10; i += 1) {
    time += 60 * 1000;
    assert.equal(handler.closed().action, lc.CloseAction.Restart);
  }
});

test('a client that fails to start gives one message, not an exception', async () => {
  const { vscode, extension, context } = start();
  lc.LanguageClient.failStart = true;
  await extension.activate(context);
  assert.equal(vscode.calls.errors.length, 1);
  assert.match(vscode.calls.errors[0].text, /stroom\.path/);
});

test('extension.js wires the real modules: activate with `vscode` and `vscode-languageclient/node`', { skip: process.platform === 'win32' }, async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stroom-ext-'));
  try {
    const program = path.join(folder, 'stroom');
    fs.writeFileSync(program, '#!/bin/sh\necho "stroom 9.9.9"\n', { mode: 0o755 });
    lc.LanguageClient.reset();
    const vscode = require('vscode');
    vscode.settings['stroom.path'] = program;
    const extension = require(path.join(ROOT, 'extension.js'));
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(path.resolve(ROOT, manifest.main), path.join(ROOT, 'extension.js'));
    await extension.activate({ subscriptions: [], extensionPath: ROOT });
    assert.equal(lc.LanguageClient.instances.length, 1);
    assert.equal(lc.LanguageClient.instances[0].serverOptions.run.command, program);
    await extension.deactivate();
    assert.equal(lc.LanguageClient.instances[0].stopped, true);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('the probe with real programs: the built stroom passes, others do not', async (t) => {
  const notStroom = await probeStroom(process.execPath);
  assert.equal(notStroom.ok, false);
  assert.equal(notStroom.reason.key, 'reasonNotStroom');
  const missing = await probeStroom(path.join(os.tmpdir(), 'no-such-stroom-program'));
  assert.deepEqual(missing, { ok: false, reason: { key: 'reasonNotFound' } });
  const stroom = stroomBinary();
  if (stroom.skip) { t.skip(stroom.skip); return; }
  const real = await probeStroom(stroom.path);
  assert.equal(real.ok, true);
  assert.match(real.version, /^\d+\.\d+/);
});
