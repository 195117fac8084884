'use strict';
// The client settings for Helix, Sublime Text and Kate: each must parse, start `stroom lsp`,
// and cover both file types (.vsm and .batenlogica). Where the grammar a setting relies on is
// in Grammar/ (Sublime's scope, Kate's highlighting mode), the two are checked against each
// other. Run: node --test editors/tests   (Python 3.11 or later reads the TOML: tomllib).

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const childProcess = require('child_process');

const EDITORS = path.resolve(__dirname, '..');
const GRAMMAR = path.resolve(EDITORS, '..', 'Grammar');
const read = (...parts) => fs.readFileSync(path.join(...parts), 'utf8');

/// The TOML file as JSON, read by Python's tomllib (Node has no TOML parser).
function readToml(file) {
  const python = process.env.STROOM_PYTHON || 'python3';
  const script = 'import json, sys, tomllib\nwith open(sys.argv[1], "rb") as f: print(json.dumps(tomllib.load(f)))';
  const run = childProcess.spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`cannot run ${python}: ${run.error.message}`);
  assert.equal(run.status, 0, `tomllib could not read ${file}:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

/// JSON with `//` line comments, as Sublime Text's settings files allow.
function parseSublimeJson(text) {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') { out += text[i + 1]; i += 1; } else if (c === '"') inString = false;
    } else if (c === '"') { inString = true; out += c; }
    else if (c === '/' && text[i + 1] === '/') { while (i < text.length && text[i] !== '\n') i += 1; out += '\n'; }
    else out += c;
  }
  return JSON.parse(out);
}

const isStroomLsp = (command) => Array.isArray(command) && path.basename(command[0]).replace(/\.exe$/i, '') === 'stroom' && command[1] === 'lsp' && command.length === 2;

test('the Sublime reader keeps // inside strings and drops comments', () => {
  assert.deepEqual(parseSublimeJson('{ // c\n "a": "http://x" // d\n}'), { a: 'http://x' });
  assert.throws(() => parseSublimeJson('{ "a": }'));
});

test('Helix: languages.toml has vsm and batenlogica with # comments, stroom.json roots and `stroom lsp`', () => {
  const config = readToml(path.join(EDITORS, 'helix', 'languages.toml'));
  const server = config['language-server'].stroom;
  assert.ok(isStroomLsp([server.command, ...server.args]), JSON.stringify(server));
  const languages = Object.fromEntries(config.language.map((l) => [l.name, l]));
  assert.deepEqual(Object.keys(languages).sort(), ['batenlogica', 'vsm']);
  for (const name of ['vsm', 'batenlogica']) {
    const language = languages[name];
    assert.deepEqual(language['file-types'], [name]);
    assert.equal(language['comment-token'], '#');
    assert.deepEqual(language.roots, ['stroom.json']);
    assert.deepEqual(language['language-servers'], ['stroom']);
    assert.ok(language.scope, 'Helix needs a scope');
  }
});

test('Sublime Text: the LSP client starts `stroom lsp` for the scope of stroom.sublime-syntax', () => {
  const settings = parseSublimeJson(read(EDITORS, 'sublime', 'LSP.sublime-settings'));
  const client = settings.clients.stroom;
  assert.equal(client.enabled, true);
  assert.ok(isStroomLsp(client.command), JSON.stringify(client.command));
  assert.deepEqual(client.initializationOptions, {});
  const selectors = client.selector.split('|').map((s) => s.trim());
  const syntaxFile = path.join(GRAMMAR, 'stroom.sublime-syntax');
  if (fs.existsSync(syntaxFile)) {
    const syntax = read(syntaxFile);
    const scope = /^scope:\s*(\S+)/m.exec(syntax)[1];
    assert.ok(selectors.includes(scope), `the selector ${client.selector} names the syntax's scope ${scope}`);
    const extensions = /^file_extensions:\s*\n((?:\s+-\s*\S+\s*\n)+)/m.exec(syntax) || /^file_extensions:\s*\[([^\]]*)\]/m.exec(syntax);
    const listed = extensions[1].split(/[\s,\-]+/).filter(Boolean);
    assert.ok(listed.includes('vsm') && listed.includes('batenlogica'), `file_extensions: ${listed}`);
  } else {
    assert.deepEqual(selectors, ['source.stroom'], 'the scope the grammar is to have');
  }
  assert.match(read(EDITORS, 'sublime', 'README.md'), /stroom\.sublime-syntax/);
});

test('Kate: the LSP Client starts `stroom lsp` for the highlighting mode of stroom.xml', () => {
  const settings = JSON.parse(read(EDITORS, 'kate', 'settings.json'));
  const server = settings.servers.stroom;
  assert.ok(isStroomLsp(server.command), JSON.stringify(server.command));
  assert.deepEqual(server.rootIndicationFileNames, ['stroom.json']);
  const mode = new RegExp(server.highlightingModeRegex);
  assert.ok(!mode.test('Markdown') && !mode.test('JSON') && !mode.test('Stroomschema'), 'no other modes');
  const xmlFile = path.join(GRAMMAR, 'stroom.xml');
  if (fs.existsSync(xmlFile)) {
    const language = /<language\b[^>]*>/.exec(read(xmlFile))[0];
    const name = /\bname="([^"]+)"/.exec(language)[1];
    const extensions = /\bextensions="([^"]+)"/.exec(language)[1].split(';');
    assert.ok(mode.test(name), `highlightingModeRegex matches the mode ${name}`);
    assert.ok(extensions.includes('*.vsm') && extensions.includes('*.batenlogica'), `extensions: ${extensions}`);
  } else {
    assert.ok(mode.test('Stroom'), 'the mode the grammar is to have');
  }
  assert.match(read(EDITORS, 'kate', 'README.md'), /stroom\.xml/);
});

test('every editor folder has a README that says how to install, configure and what you get', () => {
  for (const editor of ['helix', 'sublime', 'kate', 'vscode']) {
    const readme = read(EDITORS, editor, 'README.md');
    assert.match(readme, /^## Install/m, `${editor}: Install`);
    if (editor !== 'vscode') {
      assert.match(readme, /^## Configure/m, `${editor}: Configure`);
      assert.match(readme, /^## What you get/m, `${editor}: What you get`);
    }
  }
  assert.match(read(EDITORS, 'helix', 'README.md'), /tree-sitter/);
});
