#!/usr/bin/env python3
"""Latency of language servers, measured the same way for each, in one run.

For each server:
  * `initialize`: from starting the process to the answer (what an editor waits for), the
    median of several fresh starts;
  * a keystroke: open a document of about 2,000 lines, then make one-character edits inside a
    string literal (insert `x`, delete it again, …) and time each from sending
    `textDocument/didChange` until the client has the diagnostics *of that version*: pulled
    with `textDocument/diagnostic` when the server offers pull (the answer comes after the
    change, in order), else the next `publishDiagnostics` for the document whose `version` is
    the edit's (a server that sends no version is marked `unversioned`). Warm-up edits first;
    then enough edits for a p99 (by nearest rank, the 99th percentile of 500 edits is the 6th
    slowest).

Prints p50/p90/p99/max per server; the ratios and the targets are judged by
Benchmarks/targets.py from the `--json` file.

    Benchmarks/lsp_latency.py [--stroom PATH] [--edits N] [--warmup N] [--lines N] [--json FILE]
                              [--large-lines N] [--large-edits N] [--workspace-files N]

Peers (from PyPI, installed by Benchmarks/run.sh into a venv): ruff (Python) and tombi (TOML,
started with --offline: this machine reaches no schema store, and so it never tries).
The documents (Benchmarks/documents.py) are generated, of the same length, each valid in its
own language and nearly clean. Stroom is also measured with push diagnostics, with about 400
findings (the map without its action points), and on the samples (8 files) with an edit in
one of them: the edited file's findings are counted; on a map of 20,000 lines; and with the
2,000-line map edited in a workspace of 200 files that refer to each other.
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from documents import python_document, toml_document, vsm_document, workspace_documents
from lsp_client import load_average, percentile, start, write_json

HERE = Path(__file__).resolve().parent


class Scenario:
    """One server on one document: where the files go, which one is edited, and where."""

    def __init__(self, name, command, files, edited, edit_line, edit_column, language_id,
                 initialization_options=None, compare=True, edits=None, starts=None):
        self.name = name
        self.command = command
        self.files = files                # relative path -> text (every file of the workspace)
        self.edited = edited              # the relative path of the document that is edited
        self.edit_line = edit_line
        self.edit_column = edit_column
        self.language_id = language_id
        self.initialization_options = initialization_options
        self.compare = compare            # a row that takes part in the ratios
        self.edits = edits                # measured edits and fresh starts, when not the run's
        self.starts = starts

    def run(self, workdir, edits, warmup, starts):
        edits, starts = self.edits or edits, self.starts or starts
        folder = Path(workdir) / self.name
        for relative, text in self.files.items():
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        initialize_times = []
        for _ in range(starts - 1):
            client, initialize_ms, _ = start(self.command, folder, self.initialization_options)
            initialize_times.append(initialize_ms)
            client.close()
        client, initialize_ms, capabilities = start(self.command, folder, self.initialization_options)
        initialize_times.append(initialize_ms)
        try:
            return self._edit(client, capabilities, folder, edits, warmup, sorted(initialize_times))
        finally:
            client.close()

    def _edit(self, client, capabilities, folder, edits, warmup, initialize_times):
        client.timeout = 600  # the first analysis of a large workspace on a loaded machine
        path = folder / self.edited
        uri = path.as_uri()
        text = self.files[self.edited]
        pull = "diagnosticProvider" in capabilities
        versioned = True
        client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": self.language_id,
                                                                "version": 1, "text": text}})

        def diagnostics_for(version):
            nonlocal versioned
            if pull:
                answer = client.response(client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}}))
                return answer["result"].get("items", [])

            def matches(message):
                nonlocal versioned
                if message.get("method") != "textDocument/publishDiagnostics" or message["params"]["uri"] != uri:
                    return False
                if "version" not in message["params"] or message["params"]["version"] is None:
                    versioned = False
                    return True
                return message["params"]["version"] == version
            return client.wait(matches)["params"]["diagnostics"]

        findings = len(diagnostics_for(1))
        timings = []
        line, column = self.edit_line, self.edit_column
        for i in range(warmup + edits):
            version = i + 2
            inserting = i % 2 == 0
            change = {"range": {"start": {"line": line, "character": column},
                                "end": {"line": line, "character": column if inserting else column + 1}},
                      "text": "x" if inserting else ""}
            started = time.perf_counter()
            client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                     "contentChanges": [change]})
            diagnostics_for(version)
            elapsed = (time.perf_counter() - started) * 1000
            if i >= warmup:
                timings.append(elapsed)
        timings.sort()
        files = sum(1 for path in self.files if not path.endswith(".json"))
        return {"server": self.name, "lines": text.count("\n"), "kilobytes": len(text.encode()) / 1000, "files": files,
                "findings": findings,
                "diagnostics": ("pull" if pull else "push") + ("" if versioned else " unversioned"),
                "initialize_ms": statistics.median(initialize_times), "initialize_max_ms": initialize_times[-1],
                "edits": len(timings), "p50_ms": statistics.median(timings), "p90_ms": percentile(timings, 0.90),
                "p99_ms": percentile(timings, 0.99), "max_ms": timings[-1], "compare": self.compare}


def find_peer(name):
    venv_bin = Path(sys.executable).parent
    return shutil.which(name, path=str(venv_bin)) or shutil.which(name)


def findings_scenario(stroom, vsm):
    """Stroom on the same map without its action points: about 400 ideas nobody took up, so
    about 400 findings (V308, each with a fix) travel with every keystroke."""
    text = "\n".join(line for line in vsm.text.split("\n") if not line.lstrip().startswith("actie ")) + "\n"
    return Scenario("stroom-findings", [stroom, "lsp"], {"groot.vsm": text}, "groot.vsm", vsm.edit_line, vsm.edit_column,
                    "vsm", compare=False)


def samples_scenario(stroom):
    """Stroom on its own samples: 8 files, one workspace; the edit goes into a label of
    akkrum/groepsplannen.vsm."""
    root = HERE.parent / "Samples"
    files = {str(p.relative_to(root)): p.read_text(encoding="utf-8")
             for p in sorted(root.rglob("*")) if p.is_file() and p.suffix in (".vsm", ".batenlogica", ".json")}
    edited = "akkrum/groepsplannen.vsm"
    lines = files[edited].split("\n")
    line = next(i for i, text in enumerate(lines) if text.lstrip().startswith("stap "))
    column = lines[line].index('"') + 2
    return Scenario("stroom-samples", [stroom, "lsp"], files, edited, line, column, "vsm", compare=False)


def large_scenario(stroom, lines, edits):
    """Stroom on one map ten times the usual length (20,000 lines): how the keystroke grows."""
    vsm = vsm_document(lines)
    return Scenario(f"stroom-{lines // 1000}k", [stroom, "lsp"], {"groot.vsm": vsm.text}, "groot.vsm", vsm.edit_line,
                    vsm.edit_column, "vsm", compare=False, edits=edits, starts=1)


def workspace_scenario(stroom, vsm, files):
    """Stroom with the 2,000-line map edited in a workspace of `files` files (maps of varied
    length and benefits logics that refer to ideas in them, the edited map's too): what the
    other files cost a keystroke (Benchmarks/documents.py, `workspace_documents`)."""
    workspace = workspace_documents(files, "groot.vsm", vsm.text)
    return Scenario(f"stroom-{files}files", [stroom, "lsp"], workspace, "groot.vsm", vsm.edit_line, vsm.edit_column,
                    "vsm", compare=False, starts=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stroom", default=str(HERE.parent / ".build/release/stroom"))
    parser.add_argument("--edits", type=int, default=500, help="measured edits per server (default 500)")
    parser.add_argument("--warmup", type=int, default=30, help="edits before measuring (default 30)")
    parser.add_argument("--starts", type=int, default=7, help="fresh starts to time initialize (default 7)")
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--large-lines", type=int, default=20000, help="the large map (default 20,000 lines)")
    parser.add_argument("--large-edits", type=int, default=200, help="measured edits on the large map (default 200)")
    parser.add_argument("--workspace-files", type=int, default=200, help="files of the workspace scenario (default 200)")
    parser.add_argument("--only", help="comma-separated scenario names (default: all)")
    parser.add_argument("--json", help="also write the results to this file")
    arguments = parser.parse_args()
    stroom = str(Path(arguments.stroom).resolve())
    if not os.access(stroom, os.X_OK):
        sys.exit(f"no stroom binary at {stroom}: build it with Benchmarks/run.sh or pass --stroom")

    vsm, python, toml = vsm_document(arguments.lines), python_document(arguments.lines), toml_document(arguments.lines)
    scenarios = [
        Scenario("stroom", [stroom, "lsp"], {"groot.vsm": vsm.text}, "groot.vsm", vsm.edit_line, vsm.edit_column, "vsm"),
        Scenario("stroom-push", [stroom, "lsp"], {"groot.vsm": vsm.text}, "groot.vsm", vsm.edit_line, vsm.edit_column,
                 "vsm", initialization_options={"diagnostics": "push"}, compare=False),
        findings_scenario(stroom, vsm),
        samples_scenario(stroom),
        large_scenario(stroom, arguments.large_lines, arguments.large_edits),
        workspace_scenario(stroom, vsm, arguments.workspace_files),
    ]
    for name, command, filename, language, document in [
        ("ruff", ["ruff", "server"], "module.py", "python", python),
        ("tombi", ["tombi", "lsp", "--offline"], "settings.toml", "toml", toml),
    ]:
        executable = find_peer(command[0])
        if executable:
            scenarios.append(Scenario(name, [executable] + command[1:], {filename: document.text}, filename,
                                      document.edit_line, document.edit_column, language))
        else:
            print(f"(peer {name} not installed; skipped)")
    if arguments.only:
        wanted = set(arguments.only.split(","))
        scenarios = [s for s in scenarios if s.name in wanted]

    results = []
    load_before = load_average()
    with tempfile.TemporaryDirectory() as workdir:
        for scenario in scenarios:
            try:
                results.append(scenario.run(workdir, arguments.edits, arguments.warmup, arguments.starts))
            except Exception as error:  # a peer that cannot be measured is reported, not fatal
                print(f"{scenario.name}: could not be measured: {error!r}")
    load_after = load_average()

    print(f"keystroke → diagnostics, {arguments.edits} edits after {arguments.warmup} warm-up "
          f"({arguments.large_edits} on the large map); initialize: median of {arguments.starts} starts; "
          f"load average {load_before:.2f} → {load_after:.2f}")
    print(f"{'server':15} {'files':>5} {'lines':>6} {'KB':>4} {'found':>5} {'diagnostics':>17} {'initialize':>10} "
          f"{'p50':>8} {'p90':>8} {'p99':>8} {'max':>8}")
    for r in results:
        print(f"{r['server']:15} {r['files']:5d} {r['lines']:6d} {r['kilobytes']:4.0f} {r['findings']:5d} {r['diagnostics']:>17} "
              f"{r['initialize_ms']:8.2f}ms {r['p50_ms']:6.2f}ms {r['p90_ms']:6.2f}ms {r['p99_ms']:6.2f}ms {r['max_ms']:6.2f}ms")
    print("(ratios and the targets of issue 9: Benchmarks/targets.py, which Benchmarks/run.sh runs after this)")
    write_json(arguments.json, results, (load_before, load_after))


if __name__ == "__main__":
    main()
