'use strict';
// A checker for VS Code's snippet syntax (the grammar in VS Code's "Snippet syntax" docs):
//   tabstop     $1  ${1}
//   placeholder ${1:text, which may hold other tabstops, placeholders and variables}
//   choice      ${1|one,two,three|}
//   variable    $TM_FILENAME  ${TM_FILENAME}  ${TM_FILENAME:default}
//   escapes     \$  \}  \\  (and \,  \|  inside a choice)
// It is stricter than VS Code in one way: a `$` that starts nothing must be written `\$`
// (VS Code would keep it as text, which is nearly always a mistake in a snippet).
// parse(body) returns the nodes or throws an Error that names the offset; expand(body) gives
// the text the snippet inserts when every placeholder keeps its default (a choice its first).

class SnippetSyntaxError extends Error {
  constructor(message, offset) {
    super(`${message} (at offset ${offset})`);
    this.offset = offset;
  }
}

function parse(body) {
  let pos = 0;
  const isDigit = (c) => c >= '0' && c <= '9';
  const isVarStart = (c) => /[A-Za-z_]/.test(c || '');
  const isVarChar = (c) => /[A-Za-z0-9_]/.test(c || '');

  function readInt() {
    const start = pos;
    while (isDigit(body[pos])) pos += 1;
    return Number(body.slice(start, pos));
  }
  function readName() {
    const start = pos;
    while (isVarChar(body[pos])) pos += 1;
    return body.slice(start, pos);
  }
  function expect(ch) {
    if (body[pos] !== ch) {
      throw new SnippetSyntaxError(`expected '${ch}' but found ${body[pos] === undefined ? 'the end' : `'${body[pos]}'`}`, pos);
    }
    pos += 1;
  }
  // Nodes until `}` (inside a placeholder) or the end (at the top).
  function sequence(insidePlaceholder) {
    const nodes = [];
    let text = '';
    const flush = () => { if (text) { nodes.push({ type: 'text', value: text }); text = ''; } };
    while (pos < body.length) {
      const c = body[pos];
      if (c === '\\') {
        const next = body[pos + 1];
        if (next === '$' || next === '}' || next === '\\') { text += next; pos += 2; continue; }
        text += c; pos += 1; continue;
      }
      if (c === '}' && insidePlaceholder) { flush(); return nodes; }
      if (c === '$') { flush(); nodes.push(dollar()); continue; }
      text += c; pos += 1;
    }
    if (insidePlaceholder) throw new SnippetSyntaxError("a '${' is not closed with '}'", pos);
    flush();
    return nodes;
  }
  function dollar() {
    const start = pos;
    pos += 1; // $
    const c = body[pos];
    if (isDigit(c)) return { type: 'tabstop', index: readInt() };
    if (isVarStart(c)) return { type: 'variable', name: readName() };
    if (c !== '{') throw new SnippetSyntaxError("a '$' that starts no tabstop or variable; write '\\$' for a dollar sign", start);
    pos += 1; // {
    if (isDigit(body[pos])) {
      const index = readInt();
      if (body[pos] === '}') { pos += 1; return { type: 'tabstop', index }; }
      if (body[pos] === ':') { pos += 1; const children = sequence(true); expect('}'); return { type: 'placeholder', index, children }; }
      if (body[pos] === '|') { pos += 1; const options = choiceOptions(); return { type: 'choice', index, options }; }
      if (body[pos] === '/') { transform(); return { type: 'tabstop', index }; }
      throw new SnippetSyntaxError(`after '\${${index}' expected '}', ':', '|' or '/'`, pos);
    }
    if (isVarStart(body[pos])) {
      const name = readName();
      if (body[pos] === '}') { pos += 1; return { type: 'variable', name, children: [] }; }
      if (body[pos] === ':') { pos += 1; const children = sequence(true); expect('}'); return { type: 'variable', name, children }; }
      if (body[pos] === '/') { transform(); return { type: 'variable', name, children: [] }; }
      throw new SnippetSyntaxError(`after '\${${name}' expected '}', ':' or '/'`, pos);
    }
    throw new SnippetSyntaxError("'${' must be followed by a number or a variable name", pos);
  }
  function choiceOptions() {
    const options = [];
    let current = '';
    while (pos < body.length) {
      const c = body[pos];
      if (c === '\\' && [',', '|', '\\', '$', '}'].includes(body[pos + 1])) { current += body[pos + 1]; pos += 2; continue; }
      if (c === ',') { options.push(current); current = ''; pos += 1; continue; }
      if (c === '|') {
        options.push(current);
        pos += 1;
        expect('}');
        if (options.some((o) => o === '')) throw new SnippetSyntaxError('a choice has an empty option', pos);
        return options;
      }
      current += c; pos += 1;
    }
    throw new SnippetSyntaxError("a choice '${N|' is not closed with '|}'", pos);
  }
  // /regex/format/options}: the format may hold ${1:/upcase} and the like, with slashes.
  function transform() {
    expect('/');
    while (pos < body.length && body[pos] !== '/') pos += body[pos] === '\\' ? 2 : 1;
    expect('/');
    let depth = 0;
    while (pos < body.length && (body[pos] !== '/' || depth > 0)) {
      if (body[pos] === '\\') { pos += 2; continue; }
      if (body[pos] === '$' && body[pos + 1] === '{') { depth += 1; pos += 2; continue; }
      if (body[pos] === '}' && depth > 0) depth -= 1;
      pos += 1;
    }
    expect('/');
    while (/[a-z]/.test(body[pos] || '')) pos += 1;
    expect('}');
  }
  const nodes = sequence(false);
  checkConsistent(nodes);
  return nodes;
}

// The same tabstop number must not get two different defaults (VS Code would keep one).
function checkConsistent(nodes) {
  const defaults = new Map();
  walk(nodes, (node) => {
    if (node.type !== 'placeholder' && node.type !== 'choice') return;
    const value = node.type === 'choice' ? node.options.join(',') : JSON.stringify(node.children);
    if (defaults.has(node.index) && defaults.get(node.index) !== value) {
      throw new SnippetSyntaxError(`tabstop ${node.index} has two different defaults`, 0);
    }
    defaults.set(node.index, value);
  });
}

function walk(nodes, visit) {
  for (const node of nodes) {
    visit(node);
    if (node.children) walk(node.children, visit);
  }
}

// The values VS Code gives the variables the snippets use; any other variable expands to its
// default (or nothing), as in VS Code for an unknown variable.
function variableValues(today = new Date()) {
  const two = (n) => String(n).padStart(2, '0');
  return { CURRENT_YEAR: String(today.getFullYear()), CURRENT_MONTH: two(today.getMonth() + 1), CURRENT_DATE: two(today.getDate()) };
}

function expand(body, variables = variableValues()) {
  const nodes = parse(body);
  const defaults = new Map();
  walk(nodes, (node) => {
    if (node.type === 'placeholder') defaults.set(node.index, node);
    if (node.type === 'choice') defaults.set(node.index, node);
  });
  const render = (list) => list.map((node) => {
    switch (node.type) {
      case 'text': return node.value;
      case 'placeholder': return render(node.children);
      case 'choice': return node.options[0];
      case 'variable': return node.name in variables ? variables[node.name] : render(node.children || []);
      case 'tabstop': {
        const source = defaults.get(node.index);
        if (!source) return '';
        return source.type === 'choice' ? source.options[0] : render(source.children);
      }
      default: throw new Error(`unknown node ${node.type}`);
    }
  }).join('');
  return render(nodes);
}

// A snippet's body is a string or an array of lines.
function bodyText(body) {
  return Array.isArray(body) ? body.join('\n') : body;
}

module.exports = { parse, expand, bodyText, variableValues, SnippetSyntaxError };
