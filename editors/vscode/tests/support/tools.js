'use strict';
// Outside programs for the tests: the built `stroom` (STROOM_BIN) and Graphviz's `dot`.
// Like the Swift tests, a missing tool skips the test, or fails it with STROOM_REQUIRE_TOOLS=1.

const fs = require('fs');
const path = require('path');
const { searchPath } = require('../../src/executable');

const required = process.env.STROOM_REQUIRE_TOOLS === '1';
const REPOSITORY = path.resolve(__dirname, '..', '..', '..', '..');

function isProgram(file) {
  try { fs.accessSync(file, fs.constants.X_OK); return fs.statSync(file).isFile(); } catch { return false; }
}

/// The built stroom, or a skip reason (a string) for node:test's `skip` option.
function stroomBinary() {
  const file = process.env.STROOM_BIN;
  if (file && isProgram(file)) return { path: file };
  const reason = file ? `STROOM_BIN=${file} is not a program` : 'STROOM_BIN is not set (CI sets it after swift build)';
  if (required) throw new Error(`${reason}, and STROOM_REQUIRE_TOOLS=1`);
  return { skip: reason };
}

function dotProgram() {
  const found = searchPath('dot', { env: process.env, platform: process.platform, isExecutable: isProgram });
  if (found) return { path: found };
  if (required) throw new Error('Graphviz (dot) is not on PATH, and STROOM_REQUIRE_TOOLS=1');
  return { skip: 'Graphviz (dot) is not on PATH' };
}

module.exports = { stroomBinary, dotProgram, REPOSITORY };
