#!/usr/bin/env python3
"""Latency of language servers, measured the same way for each, in one run.

For each server: start it, time `initialize`, open a document of about 2,000 lines, then make
one-character edits and time each edit until the server has new diagnostics for it (pull
diagnostics when the server offers them, else the next publishDiagnostics). Prints p50/p99 and
the ratio of Stroom's figures to each peer's.

    Benchmarks/lsp_latency.py [--edits N] [--stroom PATH]

Peers (from PyPI, installed by Benchmarks/run.sh into a venv): ruff (Python) and tombi (TOML).
The documents are generated: comparable sizes, each valid in its own language.
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


class Client:
    """A minimal JSON-RPC client over a child's stdio (Content-Length framing)."""

    def __init__(self, command, cwd):
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
        request_id = self.next_id
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        return request_id

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, predicate, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no answer")
            try:
                message = self.inbox.get(timeout=remaining)
            except Empty:
                raise TimeoutError("no answer")
            if "id" in message and "method" in message:  # a request from the server: answer it
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                continue
            if predicate(message):
                return message

    def response(self, request_id):
        return self.wait(lambda m: m.get("id") == request_id and "method" not in m)

    def close(self):
        try:
            self.response(self.request("shutdown", None))
            self.notify("exit", None)
            self.process.wait(timeout=5)
        except Exception:
            self.process.kill()


def vsm_document(lines):
    out = ['proces groot "Een groot proces" {', '  persoon leraar "Leraar"', '  ict lvs "LVS"']
    step = 0
    while len(out) < lines - 1:
        out.append(f'  stap s{step} "Stap {step}" {{ door: leraar  ict: lvs  tijd: 5min }}')
        out.append(f'  probleem p{step} "Probleem {step}" {{ bij: s{step}  fase: uitvoering }}')
        out.append(f'  idee i{step} "Idee {step}" {{ lost_op: p{step}  categorie: ict  haalbaar: ja }}')
        step += 1
    out.append("}")
    return "\n".join(out) + "\n", 5  # the edit goes on line 5, inside a label


def python_document(lines):
    out = ["import os", "", ""]
    n = 0
    while len(out) < lines:
        out += [f"def function_{n}(value):", f'    """Step {n}."""', f"    return os.path.join(str(value), 'x{n}')", "", ""]
        n += 1
    return "\n".join(out) + "\n", 4


def toml_document(lines):
    out = ['[package]', 'name = "groot"', 'version = "0.1.0"', ""]
    n = 0
    while len(out) < lines:
        out += [f"[section{n}]", f'label = "Stap {n}"', f"minutes = {n}", ""]
        n += 1
    return "\n".join(out) + "\n", 1


def measure(name, command, suffix, language_id, document, edits, workdir):
    text, edit_line = document
    folder = Path(workdir) / name
    folder.mkdir()
    path = folder / f"document{suffix}"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client = Client(command, cwd=folder)
    started = time.perf_counter()
    init = client.response(client.request("initialize", {
        "processId": os.getpid(), "rootUri": folder.as_uri(), "workspaceFolders": [{"uri": folder.as_uri(), "name": name}],
        "capabilities": {"textDocument": {"diagnostic": {"dynamicRegistration": False},
                                          "publishDiagnostics": {"versionSupport": True},
                                          "synchronization": {"didSave": False}},
                         "general": {"positionEncodings": ["utf-16"]}},
    }))
    initialize_ms = (time.perf_counter() - started) * 1000
    client.notify("initialized", {})
    capabilities = init.get("result", {}).get("capabilities", {})
    pull = "diagnosticProvider" in capabilities
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language_id, "version": 1, "text": text}})

    def diagnostics_for(version):
        if pull:
            return client.response(client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}}))
        return client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                           and m["params"]["uri"] == uri and m["params"].get("version", version) >= version)

    diagnostics_for(1)
    line_text = text.split("\n")[edit_line]
    column = max(1, len(line_text) - 3)
    timings = []
    for i in range(edits):
        version = i + 2
        character = "x" if i % 2 == 0 else ""
        change_range = {"start": {"line": edit_line, "character": column}, "end": {"line": edit_line, "character": column + (0 if i % 2 == 0 else 1)}}
        started = time.perf_counter()
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [{"range": change_range, "text": character}]})
        diagnostics_for(version)
        timings.append((time.perf_counter() - started) * 1000)
    client.close()
    timings.sort()
    return {"server": name, "lines": text.count("\n"), "initialize_ms": initialize_ms,
            "p50_ms": statistics.median(timings), "p99_ms": timings[min(len(timings) - 1, int(len(timings) * 0.99))],
            "diagnostics": "pull" if pull else "push"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--stroom", default=str(Path(__file__).resolve().parent.parent / ".build/release/stroom"))
    parser.add_argument("--lines", type=int, default=2000)
    arguments = parser.parse_args()
    servers = [("stroom", [arguments.stroom, "lsp"], ".vsm", "stroom", vsm_document(arguments.lines))]
    venv_bin = Path(sys.executable).parent
    for name, command, suffix, language, document in [
        ("ruff", ["ruff", "server"], ".py", "python", python_document(arguments.lines)),
        ("tombi", ["tombi", "lsp"], ".toml", "toml", toml_document(arguments.lines)),
    ]:
        executable = shutil.which(command[0], path=str(venv_bin)) or shutil.which(command[0])
        if executable:
            servers.append((name, [executable] + command[1:], suffix, language, document))
        else:
            print(f"(peer {name} not installed; skipped)")
    results = []
    with tempfile.TemporaryDirectory() as workdir:
        for name, command, suffix, language, document in servers:
            try:
                results.append(measure(name, command, suffix, language, document, arguments.edits, workdir))
            except Exception as error:  # a peer that cannot be measured is reported, not fatal
                print(f"{name}: could not be measured: {error!r}")
    print(f"{'server':8} {'lines':>6} {'diagnostics':>11} {'initialize':>11} {'edit p50':>9} {'edit p99':>9}")
    for r in results:
        print(f"{r['server']:8} {r['lines']:6d} {r['diagnostics']:>11} {r['initialize_ms']:9.2f}ms {r['p50_ms']:7.2f}ms {r['p99_ms']:7.2f}ms")
    stroom = next((r for r in results if r["server"] == "stroom"), None)
    if stroom:
        for peer in results:
            if peer is stroom:
                continue
            print(f"stroom / {peer['server']}: initialize ×{stroom['initialize_ms'] / peer['initialize_ms']:.2f}, "
                  f"edit p99 ×{stroom['p99_ms'] / peer['p99_ms']:.2f}")
        print(f"targets (language-server.md): initialize ≤ 10 ms — {'met' if stroom['initialize_ms'] <= 10 else 'NOT met'}; "
              f"edit p99 ≤ 2 ms on {stroom['lines']} lines — {'met' if stroom['p99_ms'] <= 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
