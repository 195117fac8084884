'use strict';
// Checks that a program is Stroom before the language client starts it: `PROGRAM --version`
// must exit 0 and print "stroom VERSION". A wrong program (another `stroom`, a folder, a file
// that is not a program) then gets one clear message instead of the client's crash reports.

const childProcess = require('child_process');

const TIMEOUT_MS = 15000;

/// Resolves to `{ ok: true, version }` or `{ ok: false, reason: { key, values } }` (a message
/// key of messages.js); never rejects.
function probeStroom(executable, { execFile = childProcess.execFile, env = process.env } = {}) {
  return new Promise((resolve) => {
    let child;
    try {
      child = execFile(executable, ['--version'], { env, timeout: TIMEOUT_MS, windowsHide: true }, (error, stdout, stderr) => {
        const output = String(stdout || '').trim();
        if (error) {
          const detail = String(stderr || '').trim().split('\n')[0];
          const reason = error.code === 'ENOENT' ? { key: 'reasonNotFound' }
            : error.code === 'EACCES' ? { key: 'reasonNotAllowed' }
              : error.killed ? { key: 'reasonTimeout', values: { seconds: TIMEOUT_MS / 1000 } }
                : { key: 'reasonFailed', values: { detail: detail || String(error.message || error) } };
          resolve({ ok: false, reason });
          return;
        }
        const match = /^stroom\s+(\S+)/i.exec(output);
        if (!match) {
          resolve({ ok: false, reason: { key: 'reasonNotStroom', values: { output: output.split('\n')[0].slice(0, 80) } } });
          return;
        }
        resolve({ ok: true, version: match[1] });
      });
    } catch (error) {
      resolve({ ok: false, reason: { key: 'reasonFailed', values: { detail: String(error.message || error) } } });
      return;
    }
    if (child && typeof child.on === 'function') child.on('error', () => {});
  });
}

module.exports = { probeStroom };
