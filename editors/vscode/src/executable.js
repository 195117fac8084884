'use strict';
// Which `stroom` program to run: the setting `stroom.path`, else the one bundled in a platform
// build of the extension (bin/stroom, bin/stroom.exe), else `stroom` on PATH. PATH is searched
// here, not by the operating system, so that a missing program gets one clear message.

const nodePath = require('path');
const fs = require('fs');

const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';

/// A value of the environment, looked up case-insensitively on Windows (`Path`, `PATHEXT`).
function environmentValue(env, name, platform) {
  if (platform !== 'win32') return env[name];
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : env[key];
}

/// True when `file` is a file this process may run (any file on Windows).
function defaultIsExecutable(file, platform) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/// The names to try for `name` in one folder: on Windows every PATHEXT extension (and the name
/// itself when it already has one of them).
function candidateNames(name, platform, env) {
  if (platform !== 'win32') return [name];
  const extensions = (environmentValue(env, 'PATHEXT', platform) || DEFAULT_PATHEXT)
    .split(';').map((e) => e.trim()).filter(Boolean);
  const lower = name.toLowerCase();
  const names = extensions.some((e) => lower.endsWith(e.toLowerCase())) ? [name] : [];
  return names.concat(extensions.map((e) => name + e.toLowerCase()));
}

/// Every folder of PATH, in order, with the platform's delimiter (`;` on Windows, else `:`).
function pathFolders(env, platform) {
  const delimiter = platform === 'win32' ? ';' : ':';
  const value = environmentValue(env, 'PATH', platform) || '';
  return value.split(delimiter).map((f) => f.replace(/^"(.*)"$/, '$1')).filter(Boolean);
}

/// Finds `name` on PATH; returns its full path or undefined.
function searchPath(name, { env, platform, isExecutable }) {
  const path = platform === 'win32' ? nodePath.win32 : nodePath.posix;
  for (const folder of pathFolders(env, platform)) {
    for (const candidate of candidateNames(name, platform, env)) {
      const full = path.join(folder, candidate);
      if (isExecutable(full, platform)) return full;
    }
  }
  return undefined;
}

/// The program to start. Returns `{ path, source }` with source "setting", "bundled" or
/// "path", or `{ error, path?, searched? }` with error "settingMissing" or "notFound" (then
/// `searched` lists the folders of PATH).
function resolveExecutable({ setting, extensionPath, env = process.env, platform = process.platform,
  isExecutable = defaultIsExecutable, homeDirectory = require('os').homedir() }) {
  const path = platform === 'win32' ? nodePath.win32 : nodePath.posix;
  let configured = typeof setting === 'string' ? setting.trim() : '';
  if (configured) {
    if (configured === '~' || configured.startsWith('~/') || configured.startsWith('~\\')) {
      configured = path.join(homeDirectory, configured.slice(1));
    }
    const isBareName = !configured.includes('/') && !(platform === 'win32' && configured.includes('\\'));
    const found = isBareName
      ? searchPath(configured, { env, platform, isExecutable })
      : candidateNames(configured, platform, env).find((c) => isExecutable(c, platform));
    return found ? { path: found, source: 'setting' } : { error: 'settingMissing', path: configured };
  }
  if (extensionPath) {
    const bundled = path.join(extensionPath, 'bin', platform === 'win32' ? 'stroom.exe' : 'stroom');
    if (isExecutable(bundled, platform)) return { path: bundled, source: 'bundled' };
  }
  const onPath = searchPath('stroom', { env, platform, isExecutable });
  if (onPath) return { path: onPath, source: 'path' };
  return { error: 'notFound', searched: pathFolders(env, platform) };
}

/// A VSIX may lose the execute bit of bin/stroom on the way (zip tools differ); give it back,
/// once, so that the bundled program can run. Returns true when it changed the file.
function restoreBundledExecuteBit(extensionPath, platform = process.platform) {
  if (!extensionPath || platform === 'win32') return false;
  const file = nodePath.join(extensionPath, 'bin', 'stroom');
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || (stat.mode & 0o111) !== 0) return false;
    fs.chmodSync(file, stat.mode | 0o755);
    return true;
  } catch {
    return false;
  }
}

module.exports = { resolveExecutable, restoreBundledExecuteBit, searchPath, pathFolders, candidateNames, environmentValue };
