"""Renders part of a Stroom file through the TextMate grammar to HTML in the colours of VS
Code's Dark+ theme, and optionally to PNG with headless Chromium: docs/images/colour-vscode.png.

    python render_colour.py Samples/akkrum/speciale_aandacht.vsm 26 75 docs/images/colour-vscode.png

The whole file is tokenized (so that the state at the first line is right); lines FIRST..LAST
(1-based) are shown. Needs textmate-grammar-python; the PNG needs `chromium` on PATH.
"""

import html
import subprocess
import sys
import tempfile
from pathlib import Path

from tokenize_stroom import load_parser, tokenize

# Scope prefix -> colour, after VS Code's Dark+ (the longest prefix of the innermost scope wins).
THEME = {
    "comment": "#6A9955",
    "keyword.other.directive": "#C586C0",
    "keyword.control.directive": "#C586C0",
    "constant.other.diagnostic-code": "#4FC1FF",
    "string": "#CE9178",
    "constant.character.escape": "#D7BA7D",
    "constant.numeric": "#B5CEA8",
    "constant.other": "#B5CEA8",
    "keyword.other.unit": "#B5CEA8",
    "constant.language": "#569CD6",
    "storage.type": "#569CD6",
    "keyword.control": "#C586C0",
    "keyword.operator": "#D4D4D4",
    "entity.name.function": "#DCDCAA",
    "entity.name.namespace": "#4EC9B0",
    "support.type.property-name": "#9CDCFE",
    "variable": "#9CDCFE",
    "invalid": "#F44747",
}
FOREGROUND, BACKGROUND, GUTTER = "#D4D4D4", "#1E1E1E", "#858585"


def colour(scopes):
    for scope in reversed(scopes):
        matches = [key for key in THEME if scope == key or scope.startswith(key + ".")]
        if matches:
            return THEME[max(matches, key=len)]
    return FOREGROUND


def render(path, first, last, title):
    text = Path(path).read_text(encoding="utf-8")
    lines = tokenize(load_parser(), text)
    rows = []
    for number in range(first, last + 1):
        cells = "".join(f'<span style="color:{colour(scopes)}">{html.escape(word)}</span>'
                        for _, word, scopes in lines[number - 1])
        rows.append(f'<div><span class="n">{number}</span>{cells}</div>')
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title><style>
body {{ margin: 0; background: {BACKGROUND}; }}
.tab {{ background: #252526; color: #FFFFFF; font: 13px 'DejaVu Sans', sans-serif; padding: 8px 16px;
        border-bottom: 1px solid #333; }}
pre {{ margin: 0; padding: 10px 0; color: {FOREGROUND}; font: 14px/20px 'DejaVu Sans Mono', monospace;
       white-space: pre; overflow: hidden; }}
.n {{ display: inline-block; width: 3em; padding-right: 1.5em; text-align: right; color: {GUTTER}; }}
</style></head><body><div class="tab">{html.escape(title)}</div><pre>{"".join(rows)}</pre></body></html>
"""


def main(argv):
    if len(argv) != 5:
        print(__doc__)
        return 2
    path, first, last, out = argv[1], int(argv[2]), int(argv[3]), Path(argv[4])
    page = render(path, first, last, Path(path).name)
    if out.suffix == ".html":
        out.write_text(page, encoding="utf-8")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "page.html"
        source.write_text(page, encoding="utf-8")
        height = 20 * (last - first + 1) + 20 + 34
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--window-size=1100,{height}", f"--screenshot={out.resolve()}", source.as_uri()],
                       check=True, capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
