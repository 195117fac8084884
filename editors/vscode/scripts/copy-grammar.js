#!/usr/bin/env node
'use strict';
// Copies the TextMate grammar that the repository keeps in Grammar/ into this extension
// (syntaxes/stroom.tmLanguage.json), where package.json's `contributes.grammars` points.
// Run by `vscode:prepublish`, so `npx @vscode/vsce package` always ships the current grammar.
// Usage: node scripts/copy-grammar.js [SOURCE [TARGET]]

const fs = require('fs');
const path = require('path');

const EXTENSION = path.resolve(__dirname, '..');
const DEFAULT_SOURCE = path.resolve(EXTENSION, '..', '..', 'Grammar', 'stroom.tmLanguage.json');
const DEFAULT_TARGET = path.join(EXTENSION, 'syntaxes', 'stroom.tmLanguage.json');
const SCOPE = 'source.stroom';

/// Copies and checks the grammar; throws an Error with a readable message.
function copyGrammar({ source = DEFAULT_SOURCE, target = DEFAULT_TARGET } = {}) {
  let text;
  try {
    text = fs.readFileSync(source, 'utf8');
  } catch (error) {
    throw new Error(`copy-grammar: cannot read the grammar ${source} (${error.code || error.message}).`);
  }
  let grammar;
  try {
    grammar = JSON.parse(text);
  } catch (error) {
    throw new Error(`copy-grammar: ${source} is not valid JSON: ${error.message}`);
  }
  if (grammar.scopeName !== SCOPE) {
    throw new Error(`copy-grammar: ${source} has scopeName ${JSON.stringify(grammar.scopeName)}; package.json expects "${SCOPE}".`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  return target;
}

if (require.main === module) {
  try {
    const target = copyGrammar({ source: process.argv[2], target: process.argv[3] });
    process.stdout.write(`copy-grammar: wrote ${path.relative(process.cwd(), target) || target}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

module.exports = { copyGrammar, DEFAULT_SOURCE, DEFAULT_TARGET, SCOPE };
