'use strict';
// The declaration kinds, read from the Swift source that defines them, so that a new kind
// cannot be forgotten by the snippets.

const fs = require('fs');
const path = require('path');

const SOURCE = path.resolve(__dirname, '..', '..', '..', '..', 'Sources', 'StroomSyntax', 'Keywords', 'DeclarationKind.swift');

/// [{ name, dutch, english }] in the order of the Swift enum.
function declarationKinds(source = fs.readFileSync(SOURCE, 'utf8')) {
  const dutch = [...source.matchAll(/^\s*case\s+(\w+)\s*=\s*"([^"]+)"/gm)].map((m) => ({ name: m[1], dutch: m[2] }));
  const english = new Map([...source.matchAll(/^\s*case\s+\.(\w+)\s*:\s*"([^"]+)"/gm)].map((m) => [m[1], m[2]]));
  return dutch.map((kind) => ({ ...kind, english: english.get(kind.name) }));
}

module.exports = { declarationKinds, SOURCE };
