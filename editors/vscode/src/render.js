'use strict';
// Runs `stroom render FILE -o TEMP.svg [--lang nl|en]` and reads the SVG it wrote.
// (`stroom render` writes the picture to the file after -o, never to stdout; on failure it exits
// 1 or 2 with the reason on stderr, e.g. how to install Graphviz when `dot` is missing.)

const fs = require('fs');
const os = require('os');
const nodePath = require('path');
const childProcess = require('child_process');

const TIMEOUT_MS = 60000;

/// The arguments for `stroom render`; exported so that the tests and the README agree.
function renderArguments(file, output, languageArgs) {
  return ['render', file, '-o', output, ...languageArgs];
}

/// Resolves to `{ svg }` or `{ error }` (the program's own message, or a short reason);
/// never rejects. `execFile` is child_process.execFile or a stand-in with its signature.
function renderSvg({ executable, file, languageArgs = [], env = process.env, execFile = childProcess.execFile,
  temporaryRoot = os.tmpdir() }) {
  return new Promise((resolve) => {
    let folder;
    try {
      folder = fs.mkdtempSync(nodePath.join(temporaryRoot, 'stroom-diagram-'));
    } catch (error) {
      resolve({ error: String(error.message || error) });
      return;
    }
    const output = nodePath.join(folder, 'diagram.svg');
    const finish = (result) => {
      fs.rmSync(folder, { recursive: true, force: true });
      resolve(result);
    };
    const options = { cwd: nodePath.dirname(file), env, timeout: TIMEOUT_MS, windowsHide: true, maxBuffer: 16 * 1024 * 1024 };
    execFile(executable, renderArguments(file, output, languageArgs), options, (error, stdout, stderr) => {
      if (error) {
        const text = String(stderr || '').trim();
        if (typeof error.code === 'number') finish({ error: text, exitCode: error.code });
        else finish({ error: text || String(error.message || error), startFailed: !text });
        return;
      }
      try {
        finish({ svg: fs.readFileSync(output, 'utf8') });
      } catch (readError) {
        finish({ error: String(readError.message || readError) });
      }
    });
  });
}

module.exports = { renderSvg, renderArguments };
