#!/usr/bin/env python3
"""Checks a `stroom report` page the way a browser or GitHub would read it.

    check_report.py html REPORT.html EXPECTED.json
    check_report.py markdown REPORT.md EXPECTED.json

EXPECTED.json is a list of texts that must each appear, whole and unchanged, in the text a
reader sees (whitespace collapsed). For Markdown the file is first rendered to HTML with
markdown-it-py (CommonMark with GFM tables and strikethrough, raw HTML allowed, as GitHub's
renderer allows it before sanitising). For HTML the page must also parse without a single
error under html5lib's strict WHATWG parser.

For Markdown, every table row must also have as many cells (unescaped `|`) as its header.
Both then must hold: no element or attribute can run code (script, iframe, object, embed,
on* attributes, javascript: URLs), links only point inside the page, every non-void element
is closed in order, and every expected text is there. Exit code 0 when all holds, 1 with the
reasons otherwise, 2 when a needed package is missing.
"""
import html.parser
import json
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
FORBIDDEN = {"script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "form", "img"}


class Checker(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.problems = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN:
            self.problems.append(f"forbidden element <{tag}> at line {self.getpos()[0]}")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"event attribute {name} on <{tag}>")
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href") and value is not None:
                if not value.startswith("#"):
                    self.problems.append(f"{name}={value!r} on <{tag}> leaves the page")
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack:
            self.problems.append(f"</{tag}> at line {self.getpos()[0]} closes nothing")
            return
        open_tag, line = self.stack.pop()
        if open_tag != tag:
            self.problems.append(f"</{tag}> at line {self.getpos()[0]} closes <{open_tag}> from line {line}")

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.problems.append(f"comment at line {self.getpos()[0]}: a report has none")


def collapse(text):
    return " ".join(text.split())


def check_html(page, strict):
    problems = []
    if strict:
        try:
            import html5lib
        except ImportError:
            print("html5lib is not installed", file=sys.stderr)
            sys.exit(2)
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(page)
        except Exception as error:  # html5lib raises ParseError with the position
            problems.append(f"html5lib: {error}")
    checker = Checker()
    checker.feed(page)
    checker.close()
    problems += checker.problems
    for tag, line in checker.stack:
        problems.append(f"<{tag}> from line {line} is never closed")
    return problems, collapse(" ".join(checker.text))


def unescaped_pipes(line):
    """The `|` of a Markdown table line that split cells: those not after a backslash."""
    count, escaped = 0, False
    for character in line:
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif character == "|":
            count += 1
    return count


def check_table_cells(source):
    """Every row of a GFM table has as many cells as its header (markdown-it would silently
    drop or pad the others, moving text into the wrong column)."""
    problems, header = [], None
    for number, line in enumerate(source.split("\n"), start=1):
        if not line.startswith("|"):
            header = None
            continue
        pipes = unescaped_pipes(line)
        if header is None:
            header = pipes
        elif pipes != header:
            problems.append(f"table row at line {number} has {pipes - 1} cells, its header {header - 1}: {line[:80]!r}")
    return problems


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("html", "markdown"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, path, expected_path = sys.argv[1:]
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    with open(expected_path, encoding="utf-8") as handle:
        expected = json.load(handle)
    if mode == "markdown":
        try:
            from markdown_it import MarkdownIt
        except ImportError:
            print("markdown-it-py is not installed", file=sys.stderr)
            return 2
        page = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(source)
        problems, text = check_html(page, strict=False)
        problems += check_table_cells(source)
    else:
        problems, text = check_html(source, strict=True)
    for wanted in expected:
        if collapse(wanted) not in text:
            problems.append(f"text not found as written: {wanted[:80]!r}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
