"""Mermaid's own parser and renderer on Stroom's Mermaid output, in headless Chromium.

    mermaid_parse.py --chromium PATH [--mermaid-js PATH] CASES.json

CASES.json is a list of {"name", "text", "expect": [...]}: `text` is a whole chart, `expect`
texts that must appear in the drawn SVG (compared without whitespace and word joiners). Besides those, every
quoted label of the chart, decoded the way Stroom encodes it (`#quot;` and friends, `<br/>`),
must appear in the SVG as well, line by line.

One generated HTML page loads mermaid.min.js from a file:// path (the one in the PyPI package
artoo-mermaid, found in this python's site-packages, or the one given), runs
`mermaid.parse()` and `mermaid.render()` on every chart, and writes the results as JSON into
the page, which `chromium --headless --dump-dom` prints. Prints one line per failure; the exit
status is 0 when every chart parses, renders and shows its texts.
"""

import argparse
import collections
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><script src="%(script)s"></script></head>
<body><div id="work"></div><pre id="result">pending</pre>
<script type="application/json" id="cases">%(cases)s</script>
<script>
(async () => {
  const out = document.getElementById("result");
  const results = [];
  try {
    const cases = JSON.parse(document.getElementById("cases").textContent);
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
    for (let index = 0; index < cases.length; index++) {
      const result = { name: cases[index].name };
      try {
        await mermaid.parse(cases[index].text);
        result.parsed = true;
      } catch (error) { result.parsed = false; result.error = String(error && error.message || error); }
      if (result.parsed) {
        try {
          const rendered = await mermaid.render("chart" + index, cases[index].text);
          const holder = document.createElement("div");
          holder.innerHTML = rendered.svg;
          // The theme's CSS is text too: only what the chart shows counts.
          holder.querySelectorAll("style").forEach((style) => style.remove());
          result.svgText = holder.textContent;
          result.svgLength = rendered.svg.length;
          result.hasError = /aria-roledescription="error"|Syntax error in text/.test(rendered.svg);
          result.nodes = holder.querySelectorAll("g.node").length;
        } catch (error) { result.renderError = String(error && error.message || error); }
      }
      results.push(result);
    }
  } catch (error) { results.push({ name: "page", fatal: String(error) }); }
  out.textContent = JSON.stringify({ results });
  out.setAttribute("data-done", "1");
})();
</script></body></html>
"""

QUOTED = re.compile(r'"([^"\n]*)"')
CODES = {"quot": '"', "amp": "&", "lt": "<", "gt": ">"}


def decode(label):
    """A label as Stroom wrote it, as the reader should see it (lines, no whitespace)."""
    lines = label.split("<br/>")

    def entity(match):
        code = match.group(1)
        if code.isdigit():
            return chr(int(code))
        return CODES.get(code, match.group(0))

    return [squeeze(re.sub(r"#(\w+);", entity, line)) for line in lines]


def squeeze(text):
    """Without whitespace (labels are wrapped) and without the word joiner U+2060 (Stroom puts
    one between `\\` and `n`, which Mermaid would otherwise draw as a line break)."""
    return re.sub(r"[\s\u2060]+", "", text)


def find_mermaid_js():
    for folder in sys.path:
        candidate = Path(folder) / "artoo_mermaid" / "assets" / "mermaid.min.js"
        if candidate.is_file():
            return candidate
    return None


def run(chromium, script, cases):
    with tempfile.TemporaryDirectory(prefix="stroom-mermaid-") as folder:
        page = Path(folder) / "page.html"
        # `</` cannot end the JSON's script element early.
        payload = json.dumps(cases).replace("</", "<\\/")
        page.write_text(PAGE % {"script": Path(script).resolve().as_uri(), "cases": payload}, encoding="utf-8")
        arguments = [chromium, "--headless", "--disable-gpu", "--no-first-run", "--allow-file-access-from-files",
                     "--user-data-dir=" + str(Path(folder) / "profile"), "--virtual-time-budget=600000",
                     "--dump-dom", page.as_uri()]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            arguments.insert(1, "--no-sandbox")
        done = subprocess.run(arguments, capture_output=True, text=True, timeout=600)
    match = re.search(r'<pre id="result"[^>]*>(.*?)</pre>', done.stdout, re.S)
    if not match or "data-done" not in done.stdout:
        raise SystemExit("chromium did not finish the page (status %d): %s" % (done.returncode, done.stderr[-2000:]))
    return json.loads(html.unescape(match.group(1)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--mermaid-js")
    parser.add_argument("cases")
    options = parser.parse_args()
    script = options.mermaid_js or find_mermaid_js()
    if not script:
        raise SystemExit("no mermaid.min.js: install artoo-mermaid in this python, or pass --mermaid-js")
    cases = json.loads(Path(options.cases).read_text(encoding="utf-8"))
    found = re.search(r'\{version:"([0-9.]+)"\}', Path(script).read_text(encoding="utf-8"))
    version = found.group(1) if found else None
    if not version or not version.startswith("11."):
        raise SystemExit("expected Mermaid 11, got %r" % version)
    answer = run(options.chromium, script, cases)
    failures = 0
    by_name = {result["name"]: result for result in answer["results"]}
    for case in cases:
        result = by_name.get(case["name"])
        problems = []
        if result is None:
            problems.append("no result")
        elif not result.get("parsed"):
            problems.append("parse error: " + result.get("error", "")[:600])
        elif "renderError" in result:
            problems.append("render error: " + result["renderError"][:600])
        elif result.get("hasError"):
            problems.append("the SVG is Mermaid's error picture")
        else:
            shown = squeeze(result.get("svgText", ""))
            missing = [text for text in case.get("expect", []) if squeeze(text) not in shown]
            chart = case["text"].split("flowchart", 1)[-1]  # the labels, not the front matter
            # Each label line as often as the chart writes it: one label drawn right does not
            # cover another.
            counts = collections.Counter(line for label in QUOTED.findall(chart) for line in decode(label) if line)
            missing += [text for text, count in counts.items() if shown.count(text) < count]
            if missing:
                problems.append("not in the SVG: " + "; ".join(repr(text[:80]) for text in missing[:5]))
        for problem in problems:
            failures += 1
            print("%s: %s" % (case["name"], problem))
    print("mermaid %s: %d charts, %d problems" % (version, len(cases), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
