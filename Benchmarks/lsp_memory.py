#!/usr/bin/env python3
"""Memory of `stroom lsp` on large input, and `documentSymbol` on a very large document.

Two measurements, each on a fresh server with the client of Benchmarks/lsp_client.py:

  * **workspace**: a folder of about WORKSPACE_MB megabytes of maps and benefits logics
    (`documents.workspace_documents`: maps of varied length, one file in ten a benefits logic
    that refers to ideas in the maps). The server reads the folder at `initialized` and pushes
    the diagnostics of every file; once they arrived for every file (or nothing came for
    QUIET seconds), the server's resident memory is read from /proc/PID/status: VmRSS (now)
    and VmHWM (the peak).
  * **document**: one map of about DOCUMENT_MB megabytes, opened (didOpen) and then asked for
    its `documentSymbol` at once: *open → symbols* is what an editor's outline waits for;
    then its diagnostics are pulled, and `documentSymbol` is asked twice more (*warm*, the
    median). The peak resident memory (VmHWM) is divided by the document's size.

    Benchmarks/lsp_memory.py [--stroom PATH] [--workspace-mb N] [--document-mb N] [--json FILE]
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from documents import vsm_document, workspace_documents
from lsp_client import load_average, process_cpu_seconds, process_memory, start, write_json

HERE = Path(__file__).resolve().parent
MAP_BYTES_PER_LINE = 90  # about what documents.vsm_document writes


def write_files(folder, files):
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def workspace_memory(stroom, root, megabytes, quiet):
    """The server's memory once the diagnostics of a workspace of about `megabytes` MB are out."""
    folder = root / "workspace"
    edited = vsm_document(2000)
    count = 10
    while True:  # workspaces of varied maps; grow the count until the size is reached
        files = workspace_documents(count, "groot.vsm", edited.text)
        size = sum(len(text.encode()) for text in files.values())
        if size >= megabytes * 1e6 or count > 20000:
            break
        count = max(count + 1, int(count * megabytes * 1e6 / size * 1.02) + 1)
    write_files(folder, files)
    sources = {(folder / path).resolve().as_uri() for path in files if not path.endswith(".json")}
    started = time.perf_counter()
    client, _, _ = start([stroom, "lsp"], folder, {"diagnostics": "push"})
    client.timeout = 1200
    published = set()
    try:
        while published < sources:
            try:
                message = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics", timeout=quiet)
            except TimeoutError:
                break
            published.add(message["params"]["uri"])
        seconds = time.perf_counter() - started
        rss, hwm = process_memory(client.process.pid)
    finally:
        client.close()
    return {"measure": "workspace", "files": len(sources), "megabytes": size / 1e6, "published": len(published & sources),
            "seconds_to_diagnostics": seconds, "rss_mb": rss / 1e6 if rss else None, "hwm_mb": hwm / 1e6 if hwm else None}


def document_symbols(stroom, root, megabytes):
    """`documentSymbol` on one map of about `megabytes` MB, and the memory per byte of it."""
    folder = root / "document"
    folder.mkdir()
    document = vsm_document(int(megabytes * 1e6 / MAP_BYTES_PER_LINE), name="reus")
    size = len(document.text.encode())
    client, _, _ = start([stroom, "lsp"], folder, None)
    client.timeout = 1200
    try:
        _, idle = process_memory(client.process.pid)
        uri = (folder / "reus.vsm").as_uri()
        started = time.perf_counter()
        client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "vsm", "version": 1,
                                                                "text": document.text}})
        symbols = client.response(client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}}))
        cold = time.perf_counter() - started
        cold_cpu = process_cpu_seconds(client.process.pid)
        client.response(client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}}))
        with_diagnostics = time.perf_counter() - started
        warm = []
        for _ in range(2):
            started = time.perf_counter()
            client.response(client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}}))
            warm.append(time.perf_counter() - started)
        rss, hwm = process_memory(client.process.pid)
    finally:
        client.close()
    return {"measure": "document", "megabytes": size / 1e6, "lines": document.lines,
            "symbols": len(symbols.get("result") or []), "open_to_symbols_s": cold, "server_cpu_at_symbols_s": cold_cpu,
            "open_to_diagnostics_s": with_diagnostics, "symbols_warm_s": statistics.median(warm),
            "idle_hwm_mb": idle / 1e6 if idle else None, "rss_mb": rss / 1e6 if rss else None,
            "hwm_mb": hwm / 1e6 if hwm else None, "hwm_bytes_per_byte": hwm / size if hwm else None}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stroom", default=str(HERE.parent / ".build/release/stroom"))
    parser.add_argument("--workspace-mb", type=float, default=10)
    parser.add_argument("--document-mb", type=float, default=20)
    parser.add_argument("--quiet", type=float, default=120, help="seconds without diagnostics that end the wait")
    parser.add_argument("--json", help="also write the results to this file")
    arguments = parser.parse_args()
    stroom = str(Path(arguments.stroom).resolve())
    if not os.access(stroom, os.X_OK):
        sys.exit(f"no stroom binary at {stroom}: build it with Benchmarks/run.sh or pass --stroom")
    load_before = load_average()
    with tempfile.TemporaryDirectory() as workdir:
        root = Path(workdir)
        results = []
        for name, measure in (("workspace", lambda: workspace_memory(stroom, root, arguments.workspace_mb, arguments.quiet)),
                              ("document", lambda: document_symbols(stroom, root, arguments.document_mb))):
            try:
                results.append(measure())
            except Exception as error:  # reported (and judged "not measured"), not fatal
                print(f"{name}: could not be measured: {error!r}")
    load_after = load_average()
    write_json(arguments.json, results, (load_before, load_after))
    workspace = next((r for r in results if r["measure"] == "workspace"), None)
    document = next((r for r in results if r["measure"] == "document"), None)
    print(f"memory of stroom lsp; load average {load_before:.2f} → {load_after:.2f}")
    if workspace:
        print(f"workspace: {workspace['files']} files, {workspace['megabytes']:.1f} MB, diagnostics of "
              f"{workspace['published']} files after {workspace['seconds_to_diagnostics']:.1f} s: "
              f"VmRSS {workspace['rss_mb']:.0f} MB, VmHWM {workspace['hwm_mb']:.0f} MB")
    if document:
        print(f"document: {document['lines']} lines, {document['megabytes']:.1f} MB, {document['symbols']} symbols; "
              f"open → symbols {document['open_to_symbols_s']:.2f} s "
              f"(server CPU {document['server_cpu_at_symbols_s'] or float('nan'):.2f} s), open → diagnostics {document['open_to_diagnostics_s']:.2f} s, "
              f"documentSymbol again {document['symbols_warm_s']:.2f} s; VmHWM {document['hwm_mb']:.0f} MB "
              f"({document['hwm_bytes_per_byte']:.1f} bytes per byte of the document)")


if __name__ == "__main__":
    main()
