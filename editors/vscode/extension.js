'use strict';
// Entry point of the VS Code extension (plain JavaScript, no build step). The logic is in src/;
// this file only hands it the real `vscode` and `vscode-languageclient` modules.
const vscode = require('vscode');
const languageClient = require('vscode-languageclient/node');
const { createExtension } = require('./src/main');

const extension = createExtension({ vscode, lc: languageClient });

exports.activate = (context) => extension.activate(context);
exports.deactivate = () => extension.deactivate();
