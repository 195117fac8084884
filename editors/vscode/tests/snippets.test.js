'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const childProcess = require('child_process');
const { ROOT } = require('./support/load');
const { parse, expand, bodyText } = require('./support/snippetSyntax');
const { declarationKinds } = require('./support/kinds');
const { stroomBinary } = require('./support/tools');

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const snippetFiles = manifest.contributes.snippets.map(({ language, path: file }) => ({
  language, file, snippets: JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')),
}));
const all = snippetFiles.flatMap(({ language, snippets }) =>
  Object.entries(snippets).map(([key, snippet]) => ({ language, key, snippet, text: bodyText(snippet.body) })));
const prefixes = (snippet) => [].concat(snippet.prefix);

test('the kinds are read from DeclarationKind.swift', () => {
  const kinds = declarationKinds();
  assert.ok(kinds.length >= 28, `found ${kinds.length} kinds`);
  assert.deepEqual(kinds.find((k) => k.dutch === 'stap'), { name: 'step', dutch: 'stap', english: 'step' });
  for (const kind of kinds) assert.ok(kind.english, `${kind.name} has an English keyword`);
  // The reader is not fooled by a made-up enum either.
  assert.deepEqual(declarationKinds('case a = "x"\n    case .a: "y"\n'), [{ name: 'a', dutch: 'x', english: 'y' }]);
});

test('every snippet has a prefix, a body and a description; bodies are valid VS Code snippet syntax', () => {
  assert.ok(all.length > 0);
  for (const { language, key, snippet, text } of all) {
    const where = `${language}: ${key}`;
    assert.ok(prefixes(snippet).length > 0 && prefixes(snippet).every((p) => typeof p === 'string' && p), `${where}: prefix`);
    assert.ok(typeof snippet.description === 'string' && snippet.description, `${where}: description`);
    assert.ok(typeof snippet.body === 'string' || (Array.isArray(snippet.body) && snippet.body.every((l) => typeof l === 'string')), `${where}: body`);
    assert.doesNotThrow(() => parse(text), `${where}: ${text}`);
    assert.equal(text.split(/\s/)[0], prefixes(snippet)[0], `${where}: the body starts with the keyword of its prefix`);
  }
});

test('the checker rejects what VS Code would get wrong', () => {
  for (const bad of ['stap ${1:naam', 'kost $ 5', 'fase: ${1|a,b}', '${1:a} ${1:b}', '${:x}']) {
    assert.throws(() => parse(bad), undefined, bad);
  }
  assert.equal(expand('a ${1:x} ${2|p,q|} $1 \\$ ${3:${4:y}} $0'), 'a x p x $ y ');
  assert.equal(expand('${1:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}} ${TM_FILENAME:f}', { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '01' }),
    '2026-03-01 f');
});

test('every kind has a snippet in Dutch and in English', () => {
  const available = new Set(all.flatMap(({ snippet }) => prefixes(snippet)));
  for (const kind of declarationKinds()) {
    assert.ok(available.has(kind.dutch), `no snippet for ${kind.dutch}`);
    assert.ok(available.has(kind.english), `no snippet for ${kind.english}`);
  }
  const inFile = (language, keyword) => all.some((s) => s.language === language && prefixes(s.snippet).includes(keyword));
  for (const keyword of ['proces', 'process', 'onderzoek', 'study']) assert.ok(inFile('vsm', keyword), keyword);
  for (const keyword of ['batenlogica', 'benefits']) assert.ok(inFile('batenlogica', keyword), keyword);
});

test('stap and step expand to a whole step with who and how long', () => {
  const expansion = (prefix) => expand(all.find(({ snippet }) => prefixes(snippet).includes(prefix)).text);
  assert.match(expansion('stap'), /^stap \w+ "[^"]+" \{\n\tdoor: \w+\n\ttijd: \d+min\n\}$/);
  assert.match(expansion('step'), /^step \w+ "[^"]+" \{\n\tby: \w+\n\ttime: \d+min\n\}$/);
  const stap = all.find(({ snippet }) => prefixes(snippet).includes('stap')).text;
  assert.match(stap, /door: \$\{\d+:[^}]+\}/);
  assert.match(stap, /tijd: \$\{\d+:[^}]+\}/);
});

/// Runs `stroom check --format json` on a folder; returns the diagnostics.
function check(stroom, folder) {
  const run = childProcess.spawnSync(stroom, ['check', '--format', 'json', '--lang', 'en', folder], { encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, `stroom check exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout).diagnostics;
}

test('every snippet, expanded with its defaults, is Stroom without syntax errors (stroom check)', (t) => {
  const stroom = stroomBinary();
  if (stroom.skip) { t.skip(stroom.skip); return; }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stroom-snippets-'));
  try {
    fs.writeFileSync(path.join(folder, 'stroom.json'), '{}\n');
    const maps = new Set(['proces', 'process', 'onderzoek', 'study', 'batenlogica', 'benefits']);
    const written = new Map();
    all.forEach(({ language, key, snippet, text }, index) => {
      let source = expand(text);
      // A kind other than a map is put into a map of its file type, as a user would.
      if (!maps.has(prefixes(snippet)[0])) {
        const indented = source.split('\n').map((line) => `  ${line}`).join('\n');
        source = `${language === 'vsm' ? 'proces' : 'batenlogica'} kaart_${index} "Kaart ${index}" {\n${indented}\n}\n`;
      }
      const file = `snippet_${index}.${language}`;
      fs.writeFileSync(path.join(folder, file), source);
      written.set(file, `${language}: ${key}`);
    });
    // The harness can fail: a broken snippet gives an S-code.
    fs.writeFileSync(path.join(folder, 'control.vsm'), 'proces controle "Controle" {\n  stap x "X {\n}\n');
    const diagnostics = check(stroom.path, folder);
    const syntax = diagnostics.filter((d) => /^S\d+/.test(d.code));
    const control = syntax.filter((d) => path.basename(d.path) === 'control.vsm');
    assert.ok(control.length > 0, 'the broken control file gives a syntax error');
    const fromSnippets = syntax.filter((d) => path.basename(d.path) !== 'control.vsm')
      .map((d) => `${written.get(path.basename(d.path))}: ${d.code} ${d.message}`);
    assert.deepEqual(fromSnippets, []);
    if (process.env.STROOM_SNIPPET_FINDINGS) {
      for (const d of diagnostics) t.diagnostic(`${written.get(path.basename(d.path))}: ${d.severity} ${d.code} ${d.message}`);
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
