"""The Sublime and Kate grammars under their own engines, compared with the TextMate grammar
character by character (used by tokenize_stroom.py).

* `bat` (syntect, the Sublime syntax engine) highlights with stroom.sublime-syntax and a theme
  that gives every token class's scope its own colour, so the colour of a character names the
  innermost class: it must be the TextMate grammar's innermost class there.
* `kate-syntax-highlighter` (KSyntaxHighlighting, the engine of Kate) highlights with
  stroom.xml and a theme that gives every default style its own colour: it must be the style
  of the TextMate grammar's innermost class there.

Either engine is skipped when its program is missing, unless STROOM_REQUIRE_TOOLS=1.
"""

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ANSI = re.compile(r"\x1b\[([0-9;]*)m")
KATE_STYLES = ("Normal Keyword Function Variable ControlFlow Operator BuiltIn Extension Preprocessor Attribute "
               "Char SpecialChar String VerbatimString SpecialString Import DataType DecVal BaseN Float Constant "
               "Comment Documentation Annotation CommentVar RegionMarker Information Warning Alert Others Error").split()


def colour_code(index):
    return f"#01{(index >> 8) & 255:02x}{(index & 255) + 1:02x}"


def colours(output):
    """Per line, the foreground colour of every character (None: the default)."""
    lines, current, row = [], None, []
    position = 0
    for found in ANSI.finditer(output + "\x1b[0m"):
        for char in output[position:found.start()]:
            if char == "\n":
                lines.append(row)
                row = []
            else:
                row.append(current)
        position = found.end()
        codes = found.group(1).split(";")
        if codes in (["0"], [""]):
            current = None
        for index, code in enumerate(codes):
            if code == "38" and codes[index + 1:index + 2] == ["2"]:
                current = "#" + "".join(f"{int(part):02x}" for part in codes[index + 2:index + 5])
    lines.append(row)
    return lines


def find_program(*names):
    return next((path for path in map(shutil.which, names) if path), None)


class Engines:
    def __init__(self, grammar, classes, failures):
        self.grammar, self.classes, self.failures = grammar, classes, failures
        self.scratch = Path(tempfile.mkdtemp())
        self.required = os.environ.get("STROOM_REQUIRE_TOOLS") == "1"
        self.bat = self._setup_bat()
        self.kate = self._setup_kate()

    def close(self):
        shutil.rmtree(self.scratch, ignore_errors=True)

    def _missing(self, program):
        if self.required:
            self.failures.append(f"{program} is required (STROOM_REQUIRE_TOOLS=1) but not found")
        return None

    def _setup_bat(self):
        program = find_program("bat", "batcat")
        if program is None:
            return self._missing("bat")
        config, cache = self.scratch / "bat", self.scratch / "bat-cache"
        (config / "syntaxes").mkdir(parents=True)
        (config / "themes").mkdir()  # bat names a theme after its file: "marks"
        shutil.copy(self.grammar / "stroom.sublime-syntax", config / "syntaxes")
        rules = "".join(f"<dict><key>scope</key><string>{c['scope']}</string><key>settings</key><dict>"
                        f"<key>foreground</key><string>{colour_code(i + 1)}</string></dict></dict>"
                        for i, c in enumerate(self.classes))
        (config / "themes" / "marks.tmTheme").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>name</key>'
            "<string>Stroom Marks</string><key>settings</key><array><dict><key>settings</key><dict>"
            "<key>foreground</key><string>#000000</string><key>background</key><string>#FFFFFF</string>"
            f"</dict></dict>{rules}</array></dict></plist>", encoding="utf-8")
        self.bat_env = dict(os.environ, BAT_CONFIG_DIR=str(config), BAT_CACHE_PATH=str(cache), COLORTERM="truecolor")
        built = subprocess.run([program, "cache", "--build"], env=self.bat_env, capture_output=True, text=True)
        if built.returncode != 0:
            self.failures.append(f"bat cannot load stroom.sublime-syntax: {built.stderr}")
            return None
        return program

    def _setup_kate(self):
        program = find_program("kate-syntax-highlighter", "ksyntaxhighlighter6", "ksyntaxhighlighter5")
        if program is None:
            return self._missing("kate-syntax-highlighter")
        data = self.scratch / "kate" / "org.kde.syntax-highlighting"
        (data / "syntax").mkdir(parents=True)
        (data / "themes").mkdir()
        shutil.copy(self.grammar / "stroom.xml", data / "syntax")
        styles = {name: {"text-color": colour_code(i + 1), "bold": False, "italic": False}
                  for i, name in enumerate(KATE_STYLES)}
        styles["Normal"]["text-color"] = "#000000"
        (data / "themes" / "marks.theme").write_text(json.dumps(
            {"metadata": {"name": "Stroom Marks", "revision": 1}, "text-styles": styles,
             "editor-colors": {"BackgroundColor": "#ffffff"}}), encoding="utf-8")
        self.kate_env = dict(os.environ, XDG_DATA_HOME=str(self.scratch / "kate"))
        return program

    def run(self, text, suffix):
        """Per engine that is present: per line, per character, what it says."""
        source = self.scratch / ("input" + suffix)
        source.write_text(text, encoding="utf-8")
        results = {}
        if self.bat:
            out = subprocess.run([self.bat, "--color=always", "--paging=never", "--style=plain", "--theme=marks",
                                  str(source)], env=self.bat_env, capture_output=True, text=True)
            by_colour = {colour_code(i + 1): c["scope"] for i, c in enumerate(self.classes)}
            results["bat"] = [[by_colour.get(c) for c in row] for row in colours(out.stdout)]
            if out.returncode != 0 or out.stderr:
                self.failures.append(f"bat: {out.stderr}")
        if self.kate:
            out = subprocess.run([self.kate, "-f", "ansi", "-b", "-t", "Stroom Marks", "-s", "Stroom", str(source)],
                                 env=self.kate_env, capture_output=True, text=True)
            by_colour = {colour_code(i + 1): "ds" + name for i, name in enumerate(KATE_STYLES)}
            results["kate"] = [[by_colour.get(c, "dsNormal") for c in row] for row in colours(out.stdout)]
            if out.returncode != 0 or out.stderr:
                self.failures.append(f"kate-syntax-highlighter: {out.stderr}")
        return results

    def compare(self, name, lines, textmate, suffix):
        """Every character that is not a space: the engines agree with the TextMate grammar."""
        class_scopes = {c["scope"]: c for c in self.classes}
        compared = 0
        for engine, result in self.run("\n".join(lines) + "\n", suffix).items():
            for number, line in enumerate(lines):
                row = result[number] if number < len(result) else []
                for column, char in enumerate(line):
                    if char.isspace():
                        continue
                    stack = textmate(number, column)
                    inner = next((s for s in reversed(stack) if s in class_scopes), None)
                    if engine == "bat":
                        wanted = inner
                    else:
                        wanted = class_scopes[inner]["kateStyle"] if inner else "dsNormal"
                    actual = row[column] if column < len(row) else "(missing)"
                    compared += 1
                    if actual != wanted:
                        self.failures.append(f"{engine}: {name}:{number + 1}:{column + 1} {char!r} is {actual}, "
                                             f"the TextMate grammar says {wanted}\n    {line}")
                        break
        return compared
