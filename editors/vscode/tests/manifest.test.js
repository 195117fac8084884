'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const childProcess = require('child_process');
const { ROOT } = require('./support/load');
const copyGrammar = require('../scripts/copy-grammar');

const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const nls = { en: JSON.parse(read('package.nls.json')), nl: JSON.parse(read('package.nls.nl.json')) };
const contributes = manifest.contributes;
const exists = (file) => fs.existsSync(path.join(ROOT, file));

/// Every "%key%" string anywhere in the manifest.
function nlsKeys(value, keys = []) {
  if (typeof value === 'string') { const m = /^%(.+)%$/.exec(value); if (m) keys.push(m[1]); }
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsKeys(v, keys));
  return keys;
}

test('the extension runs on the VS Code that vscode-languageclient 9 needs, from plain JavaScript', () => {
  assert.match(manifest.dependencies['vscode-languageclient'], /^\^9\.\d+\.\d+$/);
  const [major, minor] = manifest.engines.vscode.replace(/^\^/, '').split('.').map(Number);
  assert.ok(major === 1 && minor >= 82, `engines.vscode ${manifest.engines.vscode} is at least 1.82 (languageclient 9)`);
  assert.ok(exists(manifest.main), 'main exists');
  assert.equal(manifest.devDependencies, undefined, 'no build step: nothing to compile');
  assert.deepEqual(manifest.activationEvents.sort(), ['onLanguage:batenlogica', 'onLanguage:vsm']);
});

test('every %key% resolves in English and Dutch, and both files have the same keys', () => {
  const keys = nlsKeys(manifest);
  assert.ok(keys.length >= 5);
  for (const key of keys) {
    assert.ok(nls.en[key], `package.nls.json has ${key}`);
    assert.ok(nls.nl[key], `package.nls.nl.json has ${key}`);
  }
  assert.deepEqual(Object.keys(nls.nl).sort(), Object.keys(nls.en).sort());
  for (const key of Object.keys(nls.en)) assert.ok(keys.includes(key), `${key} is used`);
});

test('the command is "Stroom: show diagram" / "Stroom: diagram tonen"', () => {
  const [command] = contributes.commands;
  assert.equal(command.command, 'stroom.showDiagram');
  assert.equal(command.category, 'Stroom');
  const title = (language) => `${command.category}: ${nls[language][/^%(.+)%$/.exec(command.title)[1]]}`;
  assert.equal(title('en'), 'Stroom: show diagram');
  assert.equal(title('nl'), 'Stroom: diagram tonen');
});

test('two languages with their extensions, language configuration and icons that exist', () => {
  assert.deepEqual(contributes.languages.map((l) => [l.id, l.extensions]), [['vsm', ['.vsm']], ['batenlogica', ['.batenlogica']]]);
  for (const language of contributes.languages) {
    assert.ok(exists(language.configuration), language.configuration);
    for (const icon of [language.icon.light, language.icon.dark]) {
      assert.ok(exists(icon), icon);
      const svg = read(icon);
      assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 16 16"/);
      assert.match(svg.trim(), /<\/svg>$/);
    }
  }
  // The extension's icon is a PNG (the Marketplace refuses SVG) of 128×128.
  const png = fs.readFileSync(path.join(ROOT, manifest.icon));
  assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
});

test('the language configuration: # comments, braces, quotes closed, indent after {', () => {
  const configuration = JSON.parse(read('language-configuration.json'));
  assert.deepEqual(configuration.comments, { lineComment: '#' });
  assert.deepEqual(configuration.brackets, [['{', '}']]);
  const pairs = configuration.autoClosingPairs.map((p) => `${p.open}${p.close}`);
  assert.deepEqual(pairs.sort(), ['""', '{}']);
  const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);
  assert.ok(increase.test('proces groepsplannen "Groepsplannen maken" {'));
  assert.ok(increase.test('  stap x "Label" {   # opmerking'));
  assert.ok(!increase.test('  stap x "Label { met accolade"'));
  assert.ok(!increase.test('  stap x "X" { door: leraar }'));
  assert.ok(!increase.test('# {'));
  assert.ok(decrease.test('  }'));
  const word = new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags);
  assert.equal('ideeën'.match(word)[0], 'ideeën');
  assert.equal('45min'.match(word)[0], '45min');
  for (const rule of configuration.onEnterRules) {
    assert.doesNotThrow(() => new RegExp(rule.beforeText));
    if (rule.afterText) assert.doesNotThrow(() => new RegExp(rule.afterText));
  }
  const rule = configuration.onEnterRules.find((r) => new RegExp(r.beforeText).test('stap x "X" {') && r.afterText && new RegExp(r.afterText).test('}'));
  assert.equal(rule.action.indent, 'indentOutdent', 'Enter between { and } opens an indented line');
});

test('two spaces per level in Stroom files, as stroom fmt writes (and snippets\' tabs become)', () => {
  for (const id of ['vsm', 'batenlogica']) {
    assert.deepEqual(contributes.configurationDefaults[`[${id}]`], { 'editor.tabSize': 2, 'editor.insertSpaces': true });
  }
});

test('snippets and grammars are contributed for the declared languages only', () => {
  const ids = contributes.languages.map((l) => l.id);
  for (const entry of [...contributes.snippets, ...contributes.grammars]) assert.ok(ids.includes(entry.language), entry.language);
  for (const snippets of contributes.snippets) assert.ok(exists(snippets.path), snippets.path);
  assert.deepEqual(contributes.grammars.map((g) => g.language).sort(), ['batenlogica', 'vsm']);
  for (const grammar of contributes.grammars) {
    assert.equal(grammar.scopeName, copyGrammar.SCOPE);
    assert.equal(path.join(ROOT, grammar.path), copyGrammar.DEFAULT_TARGET, 'the grammar is where copy-grammar.js writes it');
  }
  assert.equal(copyGrammar.DEFAULT_SOURCE, path.resolve(ROOT, '..', '..', 'Grammar', 'stroom.tmLanguage.json'));
  assert.equal(manifest.scripts['vscode:prepublish'], 'node scripts/copy-grammar.js');
});

test('an untrusted workspace cannot choose the program that is run', () => {
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['stroom.path']);
});

test('the settings: stroom.path (text) and stroom.language ("", nl, en)', () => {
  const properties = contributes.configuration.properties;
  assert.deepEqual(Object.keys(properties).sort(), ['stroom.language', 'stroom.path']);
  assert.equal(properties['stroom.path'].type, 'string');
  assert.equal(properties['stroom.path'].default, '');
  assert.deepEqual(properties['stroom.language'].enum, ['', 'nl', 'en']);
  assert.equal(properties['stroom.language'].default, '');
  assert.equal(properties['stroom.language'].enumDescriptions.length, 3);
});

function runCopy(...args) {
  return childProcess.spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'copy-grammar.js'), ...args], { encoding: 'utf8' });
}

test('copy-grammar.js copies a grammar, and refuses a missing one, broken JSON or another scopeName', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stroom-grammar-'));
  try {
    const source = path.join(folder, 'stroom.tmLanguage.json');
    const target = path.join(folder, 'out', 'syntaxes', 'stroom.tmLanguage.json');
    const grammar = JSON.stringify({ scopeName: 'source.stroom', patterns: [] });
    fs.writeFileSync(source, grammar);
    const ok = runCopy(source, target);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(fs.readFileSync(target, 'utf8'), grammar);

    const missing = runCopy(path.join(folder, 'none.json'), target);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read the grammar/);
    fs.writeFileSync(source, '{ nope');
    assert.match(runCopy(source, target).stderr, /not valid JSON/);
    fs.writeFileSync(source, JSON.stringify({ scopeName: 'source.other' }));
    const other = runCopy(source, target);
    assert.equal(other.status, 1);
    assert.match(other.stderr, /scopeName "source\.other"/);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('the real grammar: vscode:prepublish makes the contributed file from ../../Grammar', (t) => {
  if (!fs.existsSync(copyGrammar.DEFAULT_SOURCE)) {
    // Grammar/stroom.tmLanguage.json is written on another branch; until it is merged there is nothing to copy.
    t.skip(`${path.relative(ROOT, copyGrammar.DEFAULT_SOURCE)} does not exist yet`);
    return;
  }
  fs.rmSync(copyGrammar.DEFAULT_TARGET, { force: true });
  const run = childProcess.spawnSync(process.execPath, ['scripts/copy-grammar.js'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  for (const grammar of contributes.grammars) {
    const copied = JSON.parse(read(grammar.path));
    assert.equal(copied.scopeName, grammar.scopeName);
    assert.ok(Array.isArray(copied.patterns) && copied.patterns.length > 0, 'the grammar has patterns');
  }
  assert.equal(read(contributes.grammars[0].path), fs.readFileSync(copyGrammar.DEFAULT_SOURCE, 'utf8'));
});
