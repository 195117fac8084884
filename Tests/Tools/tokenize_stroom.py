"""Checks the editor grammars of Stroom with a real TextMate tokenizer (textmate-grammar-python,
on Oniguruma like VS Code).

Run by GrammarTokenizerTests (swift test), which writes the expectations file: the word lists
from the Swift tables and, for every sample, the semantic tokens of the language server (the
real parser's view). Usage:

    python tokenize_stroom.py check EXPECTATIONS.json
    python tokenize_stroom.py tokens FILE      # prints every token with its scopes

`check` verifies
  * the marked fixtures (`Tests/StroomModelTests/Fixtures/grammar/*`): a line
    `#   ^^^^ storage.type.kind` says that the characters above the carets carry that scope
    (a scope matches itself and any longer scope below it); `# <- scope` marks column 0;
    `#   ^^^ - scope` says they do not;
  * every sample: each semantic token of the server gets the scope of its class, no word gets
    a keyword, attribute or allowed-word scope the server does not give it, and no word is
    left with only the base scope;
  * stroom.sublime-syntax (YAML, contexts, variables, regexes, same word lists and scopes) and
    stroom.xml (Kate: XML, contexts, items, regexes, same word lists).
"""

import json
import logging
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from engine_checks import Engines
from grammar_checks import check_kate, check_sublime, check_sublime_preferences, scopes_of_textmate


def _import_tokenizer():
    """textmate-grammar-python makes a cache folder in the working directory when imported;
    parse_string never uses it, so it is made in a temporary folder and removed."""
    here, scratch = os.getcwd(), tempfile.mkdtemp()
    os.chdir(scratch)
    try:
        from textmate_grammar.parsers.base import LanguageParser
        from textmate_grammar.utils.logger import LOGGER
    finally:
        os.chdir(here)
        shutil.rmtree(scratch, ignore_errors=True)
    LOGGER.logger.setLevel(logging.CRITICAL)
    return LanguageParser


LanguageParser = _import_tokenizer()

ROOT = Path(__file__).resolve().parents[2]
GRAMMAR = ROOT / "Grammar"
MARK = re.compile(r"^#(\s*)(\^+|<-)\s+(-\s+)?(\S+)\s*$")
BASE = "source.stroom"


def load_parser():
    grammar = json.loads((GRAMMAR / "stroom.tmLanguage.json").read_text(encoding="utf-8"))
    return LanguageParser(grammar)


def tokenize(parser, text):
    """Per line, a list of (column, text, scopes); columns count code points."""
    lines = text.split("\n")
    result = [[] for _ in lines]
    element = parser.parse_string(text if text.endswith("\n") else text + "\n")
    if element is None:
        return result
    for (line, column), token, scopes in element.flatten():
        if line < len(result) and token:
            result[line].append((column, token, scopes))
    return result


def scopes_at(tokens, line, column):
    for start, token, scopes in tokens[line]:
        if start <= column < start + len(token):
            return scopes
    return [BASE]


def has_scope(scopes, wanted):
    return any(s == wanted or s.startswith(wanted + ".") for s in scopes)


def fixture_code(path):
    """The code lines of a fixture and its marks. Marker lines are taken out before tokenizing;
    each refers to the code line above it."""
    code, marks = [], []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        found = MARK.match(raw)
        if found and code:
            spaces, carets, negated, scope = found.groups()
            if carets == "<-":
                columns = [0]
            else:
                first = 1 + len(spaces)
                columns = list(range(first, first + len(carets)))
            marks.append((len(code) - 1, columns, scope, bool(negated), raw))
        else:
            code.append(raw)
    return code, marks


def check_fixture(parser, path, failures):
    code, marks = fixture_code(path)
    tokens = tokenize(parser, "\n".join(code))
    for line, columns, scope, negated, raw in marks:
        for column in columns:
            scopes = scopes_at(tokens, line, column)
            if has_scope(scopes, scope) == negated:
                failures.append(f"{path.name}:{line + 1}:{column + 1} '{code[line][column:column + 1]}' "
                                f"{'has' if negated else 'lacks'} {scope}: {scopes}\n    {code[line]}\n    {raw}")
                break
    return len(marks)


# The scopes each semantic token type of the server must get (any one of them).
EXPECTED = {
    "kindKeyword": ["storage.type.kind", "keyword.control.map"],
    "attribute": ["support.type.property-name"],
    "enumValue": ["constant.language"],
    "number": ["constant.numeric", "constant.other"],
    "comment": ["comment.line.number-sign"],
    "directive": ["comment.line.number-sign"],
    "operator": ["keyword.operator"],
    "keyword": ["keyword.operator.word.per"],
    "unresolved": ["variable.other.reference", "entity.name.namespace"],
}
KEYWORDISH = ["storage.type.kind", "keyword.control.map", "support.type.property-name", "constant.language"]


def expected_scopes(token):
    kind = token["type"]
    if kind == "map":
        # A map's name, the map part of `map.id`, or a bare name that turns out to be a map
        # (`vervangt: oud`), which only the workspace can tell.
        return ["entity.name.namespace.map"] if token["declaration"] else ["entity.name.namespace", "variable.other.reference"]
    if kind in EXPECTED:
        return EXPECTED[kind]
    if kind == "string":
        # A text in quotes, or a bare word where a word is allowed (`letter: A`).
        return ["string.quoted"] if token["text"][:1] in "\"“" else ["variable.other.reference"]
    # A declared name or a reference, by the kind it names.
    return ["entity.name.function.declaration"] if token["declaration"] else ["variable.other.reference"]


def check_sample(parser, sample, failures):
    path = ROOT / sample["path"]
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    lines = text.split("\n")
    tokens = tokenize(parser, text)
    semantic = {}
    for token in sample["tokens"]:
        line, column, word = token["line"], token["column"], token["text"]
        if lines[line][column:column + len(word)] != word:
            failures.append(f"{sample['path']}:{line + 1}:{column + 1}: expected text {word!r} not found")
            continue
        semantic[(line, column)] = token
        wanted = expected_scopes(token)
        for offset in range(len(word)):
            scopes = scopes_at(tokens, line, column + offset)
            if not any(has_scope(scopes, w) for w in wanted):
                failures.append(f"{sample['path']}:{line + 1}:{column + 1} {token['type']} {word!r}: "
                                f"wants {' or '.join(wanted)}, has {scopes}")
                break
    # No word gets a keyword-like scope the server does not give it, and none stays bare.
    for line, row in enumerate(tokens):
        for column, word, scopes in row:
            if not re.search(r"\w", word):
                continue
            meaningful = [s for s in scopes if s != BASE and not s.startswith("meta.")]
            if not meaningful:
                failures.append(f"{sample['path']}:{line + 1}:{column + 1} {word!r} has only {scopes}")
            elif any(has_scope(scopes, k) for k in KEYWORDISH) and (line, column) not in semantic:
                failures.append(f"{sample['path']}:{line + 1}:{column + 1} {word!r} is {scopes} but the server "
                                f"sees no keyword there")
    return len(sample["tokens"])


def compare_engines(parser, expectations, failures):
    """The Sublime and Kate grammars under their own engines agree with the TextMate grammar on
    every character of the fixtures and the samples."""
    engines = Engines(GRAMMAR, expectations["classes"], failures)
    compared = 0
    try:
        files = [(path, fixture_code(path)[0]) for path in sorted(Path(expectations["fixtures"]).iterdir())]
        for sample in expectations["samples"]:
            path = ROOT / sample["path"]
            files.append((path, path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")))
        for path, lines in files:
            tokens = tokenize(parser, "\n".join(lines))
            compared += engines.compare(path.name, lines, lambda line, column: scopes_at(tokens, line, column),
                                        path.suffix)
    finally:
        engines.close()
    return compared


def check_words(parser, words, failures):
    """Every word of the Swift lists gets its scope in its place, and not in another place:
    each kind before a name, each attribute before `:`, each allowed word after each attribute
    that allows it, each unit after a number, each period in `2x per …`, each directive word;
    a kind or an allowed word where a name is expected is a reference."""
    lines, expected = [], []

    def add(before, word, after, scope, negated=False):
        expected.append((len(lines), len(before), word, scope, negated))
        lines.append(before + word + after)

    for kind in words["mapKinds"]:
        add("", kind, " naam {}", "keyword.control.map")
    lines.append("proces p {")
    for kind in words["memberKinds"]:
        add("  ", kind, ' naam "Label"', "storage.type.kind")
        add("  ", kind, " { }", "storage.type.kind")
        add("  door: ", kind, "", "variable.other.reference")
        add("  ", kind, " -> a", "variable.other.reference")
        add('  stap a "x" { door: ', kind, " }", "storage.type", negated=True)
    for group in words["attributeGroups"]:
        for attribute in group["attributes"]:
            add("  ", attribute, ": x", "support.type.property-name")
            add("  stap s { door: a  ", attribute, ": x }", "support.type.property-name")
            for word in group["valueWords"]:
                add(f"  {attribute}: ", word, "", "constant.language.value")
    for word in words["valueWords"]:
        add("  door: ", word, "", "constant.language", negated=True)
        add("  stap ", word, ' "x"', "entity.name.function.declaration")
    for unit in words["units"]:
        add("  tijd: 15", unit, "", "keyword.other.unit")
    for period in words["periods"]:
        add("  frequentie: 2x per ", period, "", "constant.language.period")
    lines.append("}")
    for action in words["directiveActions"]:
        add("# stroom: ", action.upper(), " V302", "keyword.control.directive")
    tokens = tokenize(parser, "\n".join(lines))
    for line, column, word, scope, negated in expected:
        for offset in range(len(word)):
            scopes = scopes_at(tokens, line, column + offset)
            if has_scope(scopes, scope) == negated:
                failures.append(f"word list: {lines[line]!r}: {word!r} {'has' if negated else 'lacks'} {scope}: {scopes}")
                break
    return len(expected)


def check_coverage(expectations, failures):
    """Every token class of the grammars is asserted by at least one mark of the fixtures."""
    marked = {mark[2] for path in Path(expectations["fixtures"]).iterdir() for mark in fixture_code(path)[1]
              if not mark[3]}
    for token_class in expectations["classes"]:
        if token_class["scope"] not in marked:
            failures.append(f"no fixture mark asserts {token_class['scope']}")


def main(argv):
    if len(argv) == 3 and argv[1] == "tokens":
        parser = load_parser()
        text = Path(argv[2]).read_text(encoding="utf-8")
        for line, row in enumerate(tokenize(parser, text)):
            for column, word, scopes in row:
                print(f"{line + 1}:{column + 1} {word!r} {' '.join(scopes[1:])}")
        return 0
    if len(argv) != 3 or argv[1] != "check":
        print(__doc__)
        return 2
    expectations = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
    parser = load_parser()
    failures = []
    marks = sum(check_fixture(parser, path, failures) for path in sorted(Path(expectations["fixtures"]).iterdir()))
    checked = sum(check_sample(parser, sample, failures) for sample in expectations["samples"])
    placed = check_words(parser, expectations["words"], failures)
    check_coverage(expectations, failures)
    scopes = scopes_of_textmate(GRAMMAR / "stroom.tmLanguage.json")
    check_sublime(GRAMMAR / "stroom.sublime-syntax", expectations["words"], scopes, failures)
    check_sublime_preferences(GRAMMAR / "stroom.tmPreferences", failures)
    check_kate(GRAMMAR / "stroom.xml", expectations["words"], failures)
    compared = compare_engines(parser, expectations, failures)
    for failure in failures:
        print("FAIL", failure)
    print(f"{marks} fixture marks, {placed} words of the Swift lists in place, "
          f"{checked} sample tokens in {len(expectations['samples'])} samples, "
          f"{compared} characters compared with bat and Kate, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
