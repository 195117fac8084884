'use strict';
// Makes `require('vscode')` and `require('vscode-languageclient/node')` give the stand-ins in
// tests/support/stubs (neither is installable here: `vscode` exists only inside VS Code, and npm is not
// reachable), then loads a module of the extension with them.

const Module = require('module');
const path = require('path');

const STUBS = {
  vscode: path.join(__dirname, 'stubs', 'vscode.js'),
  'vscode-languageclient/node': path.join(__dirname, 'stubs', 'vscode-languageclient-node.js'),
};

const original = Module._resolveFilename;
Module._resolveFilename = function resolve(request, parent, ...rest) {
  if (Object.prototype.hasOwnProperty.call(STUBS, request)) return STUBS[request];
  return original.call(this, request, parent, ...rest);
};

const ROOT = path.join(__dirname, '..', '..');

module.exports = {
  ROOT,
  vscode: require(STUBS.vscode),
  languageClient: require(STUBS['vscode-languageclient/node']),
};
