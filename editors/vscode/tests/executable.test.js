'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { resolveExecutable, pathFolders, candidateNames, restoreBundledExecuteBit } = require('../src/executable');
const { message } = require('../src/messages');

// A file system of given paths (what isExecutable says yes to), and a record of every question.
function fakeFiles(paths) {
  const asked = [];
  const isExecutable = (file) => { asked.push(file); return paths.includes(file); };
  return { isExecutable, asked };
}

test('the setting wins over the bundled program and PATH', () => {
  const files = fakeFiles(['/opt/stroom/bin/stroom', '/ext/bin/stroom', '/usr/bin/stroom']);
  const found = resolveExecutable({ setting: '/opt/stroom/bin/stroom', extensionPath: '/ext', env: { PATH: '/usr/bin' },
    platform: 'linux', isExecutable: files.isExecutable });
  assert.deepEqual(found, { path: '/opt/stroom/bin/stroom', source: 'setting' });
});

test('without the setting, the program bundled in the extension wins over PATH', () => {
  const files = fakeFiles(['/ext/bin/stroom', '/usr/bin/stroom']);
  const found = resolveExecutable({ setting: '  ', extensionPath: '/ext', env: { PATH: '/usr/bin' },
    platform: 'darwin', isExecutable: files.isExecutable });
  assert.deepEqual(found, { path: '/ext/bin/stroom', source: 'bundled' });
});

test('without setting and bundled program, PATH is searched in order with ":"', () => {
  const files = fakeFiles(['/b/stroom', '/c/stroom']);
  const found = resolveExecutable({ setting: '', extensionPath: '/ext', env: { PATH: '/a::/b:/c' },
    platform: 'linux', isExecutable: files.isExecutable });
  assert.deepEqual(found, { path: '/b/stroom', source: 'path' });
  assert.deepEqual(files.asked, ['/ext/bin/stroom', '/a/stroom', '/b/stroom']);
});

test('on Windows: bin\\stroom.exe bundled, and ";" with PATHEXT on Path', () => {
  const bundled = fakeFiles(['C:\\ext\\bin\\stroom.exe']);
  assert.deepEqual(resolveExecutable({ setting: '', extensionPath: 'C:\\ext', env: { Path: 'C:\\x' }, platform: 'win32',
    isExecutable: bundled.isExecutable }), { path: 'C:\\ext\\bin\\stroom.exe', source: 'bundled' });

  const files = fakeFiles(['D:\\tools\\stroom.CMD', 'E:\\stroom\\stroom.exe']);
  const found = resolveExecutable({ setting: '', extensionPath: 'C:\\ext',
    env: { Path: 'C:\\Windows;"E:\\stroom";D:\\tools', PathExt: '.EXE;.CMD' }, platform: 'win32', isExecutable: files.isExecutable });
  assert.deepEqual(found, { path: 'E:\\stroom\\stroom.exe', source: 'path' });
  assert.deepEqual(files.asked, ['C:\\ext\\bin\\stroom.exe', 'C:\\Windows\\stroom.exe', 'C:\\Windows\\stroom.cmd', 'E:\\stroom\\stroom.exe']);
});

test('on Windows without PATHEXT the usual extensions are tried; a name with one is tried as is', () => {
  assert.deepEqual(candidateNames('stroom', 'win32', {}), ['stroom.com', 'stroom.exe', 'stroom.bat', 'stroom.cmd']);
  assert.deepEqual(candidateNames('stroom.exe', 'win32', {}).slice(0, 1), ['stroom.exe']);
  assert.deepEqual(candidateNames('stroom', 'linux', { PATHEXT: '.EXE' }), ['stroom']);
  assert.deepEqual(pathFolders({ PATH: 'a;b' }, 'linux'), ['a;b']);
  assert.deepEqual(pathFolders({ PATH: 'a;b' }, 'win32'), ['a', 'b']);
});

test('a setting that names a missing file is reported as such, without falling back', () => {
  const files = fakeFiles(['/usr/bin/stroom']);
  const found = resolveExecutable({ setting: '/nope/stroom', extensionPath: '/ext', env: { PATH: '/usr/bin' },
    platform: 'linux', isExecutable: files.isExecutable });
  assert.deepEqual(found, { error: 'settingMissing', path: '/nope/stroom' });
  const text = message('settingMissing', 'en', { path: found.path });
  assert.match(text, /stroom\.path/);
  assert.match(text, /\/nope\/stroom/);
  assert.match(message('settingMissing', 'nl', { path: found.path }), /instelling stroom\.path/);
});

test('a setting with a bare name is looked up on PATH; ~ is the home folder; on Windows .exe may be left off', () => {
  const onPath = fakeFiles(['/usr/local/bin/stroom-dev']);
  assert.deepEqual(resolveExecutable({ setting: 'stroom-dev', env: { PATH: '/usr/local/bin' }, platform: 'linux',
    isExecutable: onPath.isExecutable }), { path: '/usr/local/bin/stroom-dev', source: 'setting' });
  const home = fakeFiles(['/home/an/bin/stroom']);
  assert.deepEqual(resolveExecutable({ setting: '~/bin/stroom', env: {}, platform: 'linux', homeDirectory: '/home/an',
    isExecutable: home.isExecutable }), { path: '/home/an/bin/stroom', source: 'setting' });
  const windows = fakeFiles(['C:\\Stroom\\stroom.exe']);
  assert.deepEqual(resolveExecutable({ setting: 'C:\\Stroom\\stroom', env: {}, platform: 'win32',
    isExecutable: windows.isExecutable }), { path: 'C:\\Stroom\\stroom.exe', source: 'setting' });
});

test('nothing anywhere: notFound with the folders searched, and a message naming stroom.path', () => {
  const files = fakeFiles([]);
  const found = resolveExecutable({ setting: '', extensionPath: '/ext', env: { PATH: '/a:/b' }, platform: 'linux',
    isExecutable: files.isExecutable });
  assert.deepEqual(found, { error: 'notFound', searched: ['/a', '/b'] });
  for (const language of ['nl', 'en']) {
    const text = message('notFound', language, { searched: found.searched.join(':') });
    assert.match(text, /stroom\.path/);
    assert.match(text, /\/a:\/b/);
    assert.doesNotMatch(text, /\{\w+\}/);
  }
});

test('the real file check: a file without execute permission is not a program on POSIX', { skip: process.platform === 'win32' }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stroom-exe-'));
  try {
    const file = path.join(folder, 'stroom');
    fs.writeFileSync(file, '#!/bin/sh\necho stroom 0.0.0\n', { mode: 0o644 });
    assert.equal(resolveExecutable({ setting: '', env: { PATH: folder }, platform: process.platform }).error, 'notFound');
    fs.chmodSync(file, 0o755);
    assert.deepEqual(resolveExecutable({ setting: '', env: { PATH: folder }, platform: process.platform }), { path: file, source: 'path' });
    // A folder called stroom is not a program either.
    assert.equal(resolveExecutable({ setting: folder, env: {}, platform: process.platform }).error, 'settingMissing');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('a bundled bin/stroom that lost its execute bit gets it back, and is then found', { skip: process.platform === 'win32' }, () => {
  const extension = fs.mkdtempSync(path.join(os.tmpdir(), 'stroom-bundle-'));
  try {
    assert.equal(restoreBundledExecuteBit(extension, 'linux'), false, 'no bin/stroom: nothing to do');
    fs.mkdirSync(path.join(extension, 'bin'));
    const program = path.join(extension, 'bin', 'stroom');
    fs.writeFileSync(program, '#!/bin/sh\n', { mode: 0o644 });
    assert.equal(resolveExecutable({ setting: '', extensionPath: extension, env: { PATH: '' }, platform: 'linux' }).error, 'notFound');
    assert.equal(restoreBundledExecuteBit(extension, 'linux'), true);
    assert.equal(restoreBundledExecuteBit(extension, 'linux'), false, 'only once');
    assert.deepEqual(resolveExecutable({ setting: '', extensionPath: extension, env: { PATH: '' }, platform: 'linux' }),
      { path: program, source: 'bundled' });
    assert.equal(restoreBundledExecuteBit(extension, 'win32'), false);
  } finally {
    fs.rmSync(extension, { recursive: true, force: true });
  }
});
