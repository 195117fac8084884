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

Prints p50/p90/p99/max per server, the ratio of Stroom's figures to each peer's, and whether
the targets of the design (initialize ≤ 10 ms, keystroke ≤ 2 ms p99 on 2,000 lines) are met.

    Benchmarks/lsp_latency.py [--stroom PATH] [--edits N] [--warmup N] [--lines N] [--json FILE]

Peers (from PyPI, installed by Benchmarks/run.sh into a venv): ruff (Python) and tombi (TOML,
started with --offline: this machine reaches no schema store, and so it never tries).
The documents (Benchmarks/documents.py) are generated, of the same length, each valid in its
own language and nearly clean. Stroom is also measured with push diagnostics, with about 400
findings (the map without its action points), and on the samples (8 files) with an edit in
one of them: the edited file's findings are counted.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from queue import Empty, Queue

from documents import python_document, toml_document, vsm_document

HERE = Path(__file__).resolve().parent


class Client:
    """A minimal JSON-RPC client over a child's stdio (Content-Length framing). A reading thread
    decodes every message into a queue; requests from the server are answered with null."""

    def __init__(self, command, cwd):
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.next_id = 0
        self.inbox = Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = stream.read(length)
            self.inbox.put(json.loads(body))

    def send(self, message):
        data = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, predicate, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            try:
                message = self.inbox.get(timeout=max(remaining, 0.001))
            except Empty:
                raise TimeoutError("no answer in %d s" % timeout) from None
            if "id" in message and "method" in message:  # a request from the server: answer it
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                continue
            if predicate(message):
                return message

    def response(self, request_id):
        message = self.wait(lambda m: m.get("id") == request_id and "method" not in m)
        if "error" in message:
            raise RuntimeError(f"error answer: {message['error']}")
        return message

    def close(self):
        try:
            self.response(self.request("shutdown", None))
            self.notify("exit", None)
            self.process.wait(timeout=5)
        except Exception:
            self.process.kill()
            self.process.wait()


CAPABILITIES = {
    "textDocument": {"diagnostic": {"dynamicRegistration": False},
                     "publishDiagnostics": {"versionSupport": True, "relatedInformation": True},
                     "synchronization": {"didSave": False}},
    "general": {"positionEncodings": ["utf-16"]},
}


def start(command, folder, initialization_options):
    """Starts a server and initializes it; returns the client, the milliseconds from starting
    the process to the answer, and the server's capabilities."""
    client = Client(command, cwd=folder)
    params = {"processId": os.getpid(), "rootUri": folder.as_uri(), "capabilities": CAPABILITIES,
              "workspaceFolders": [{"uri": folder.as_uri(), "name": folder.name}]}
    if initialization_options is not None:
        params["initializationOptions"] = initialization_options
    init = client.response(client.request("initialize", params))
    initialize_ms = (time.perf_counter() - client.started) * 1000
    client.notify("initialized", {})
    return client, initialize_ms, init.get("result", {}).get("capabilities", {})


def percentile(sorted_values, fraction):
    """The value below which `fraction` of the values lie (nearest rank)."""
    rank = max(1, int(round(fraction * len(sorted_values) + 0.4999)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


class Scenario:
    """One server on one document: where the files go, which one is edited, and where."""

    def __init__(self, name, command, files, edited, edit_line, edit_column, language_id,
                 initialization_options=None, compare=True):
        self.name = name
        self.command = command
        self.files = files                # relative path -> text (every file of the workspace)
        self.edited = edited              # the relative path of the document that is edited
        self.edit_line = edit_line
        self.edit_column = edit_column
        self.language_id = language_id
        self.initialization_options = initialization_options
        self.compare = compare            # a row that takes part in the ratios

    def run(self, workdir, edits, warmup, starts):
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stroom", default=str(HERE.parent / ".build/release/stroom"))
    parser.add_argument("--edits", type=int, default=500, help="measured edits per server (default 500)")
    parser.add_argument("--warmup", type=int, default=30, help="edits before measuring (default 30)")
    parser.add_argument("--starts", type=int, default=7, help="fresh starts to time initialize (default 7)")
    parser.add_argument("--lines", type=int, default=2000)
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
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as workdir:
        for scenario in scenarios:
            try:
                results.append(scenario.run(workdir, arguments.edits, arguments.warmup, arguments.starts))
            except Exception as error:  # a peer that cannot be measured is reported, not fatal
                print(f"{scenario.name}: could not be measured: {error!r}")
    load_after = os.getloadavg()[0]

    print(f"keystroke → diagnostics, {arguments.edits} edits after {arguments.warmup} warm-up; "
          f"initialize: median of {arguments.starts} starts; load average {load_before:.2f} → {load_after:.2f}")
    print(f"{'server':15} {'files':>5} {'lines':>6} {'KB':>4} {'found':>5} {'diagnostics':>17} {'initialize':>10} "
          f"{'p50':>8} {'p90':>8} {'p99':>8} {'max':>8}")
    for r in results:
        print(f"{r['server']:15} {r['files']:5d} {r['lines']:6d} {r['kilobytes']:4.0f} {r['findings']:5d} {r['diagnostics']:>17} "
              f"{r['initialize_ms']:8.2f}ms {r['p50_ms']:6.2f}ms {r['p90_ms']:6.2f}ms {r['p99_ms']:6.2f}ms {r['max_ms']:6.2f}ms")
    stroom_result = next((r for r in results if r["server"] == "stroom"), None)
    if stroom_result:
        for peer in results:
            if peer is stroom_result or not peer["compare"]:
                continue
            print(f"stroom / {peer['server']}: initialize ×{stroom_result['initialize_ms'] / peer['initialize_ms']:.2f}, "
                  f"keystroke p50 ×{stroom_result['p50_ms'] / peer['p50_ms']:.2f}, p99 ×{stroom_result['p99_ms'] / peer['p99_ms']:.2f}")
        met = lambda ok: "met" if ok else "NOT met"
        print(f"targets (design/language-server.md): initialize ≤ 10 ms — {met(stroom_result['initialize_ms'] <= 10)}; "
              f"keystroke ≤ 2 ms p99 on {stroom_result['lines']} lines — {met(stroom_result['p99_ms'] <= 2)}")
    if arguments.json:
        Path(arguments.json).write_text(json.dumps({"load": [load_before, load_after], "results": results}, indent=2))


if __name__ == "__main__":
    main()
