#!/usr/bin/env python3
"""A very large document in the language server: the outline of a generated map of about 20 MB.

One fresh `stroom lsp` per run, a workspace folder holding only the document; the client sends
`textDocument/didOpen` with the whole text and, right behind it, `textDocument/documentSymbol`.
Measured per run:

  * outline: from sending `didOpen` to having decoded the `documentSymbol` answer (what an editor
    waits for before its outline and breadcrumbs show);
  * peak memory when the outline arrived: the server's `VmHWM` from `/proc/<pid>/status`, and
    per byte of the document;
  * diagnostics: from sending `didOpen` to the first `publishDiagnostics` of the document, and
    `VmHWM` then (the whole analysis with every check has run by then).

Prints the median of the runs.

    Benchmarks/big_document.py [--stroom PATH] [--megabytes 20] [--runs 3] [--json FILE]

The map is `documents.vsm_document` (a process: per step a problem, an idea, an action point and
a flow arrow), grown to the size asked. Linux only (`/proc`).
"""
import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from documents import vsm_document
from lsp_latency import HERE, start

# Bytes per line of `vsm_document`, roughly: to pick the number of lines for a size.
BYTES_PER_LINE = 80


def peak_kib(pid):
    """The process's peak resident memory (VmHWM) in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def one_run(stroom, text):
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        path = folder / "groot.vsm"
        path.write_text(text)
        client, _, _ = start([stroom, "lsp"], folder, None)
        uri = path.as_uri()
        try:
            started = time.perf_counter()
            client.notify("textDocument/didOpen",
                          {"textDocument": {"uri": uri, "languageId": "stroom", "version": 1, "text": text}})
            request = client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
            answer = client.response(request)
            outline_s = time.perf_counter() - started
            outline_kib = peak_kib(client.process.pid)
            symbols = answer.get("result") or []
            client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                        and m["params"]["uri"] == uri, timeout=600)
            diagnostics_s = time.perf_counter() - started
            diagnostics_kib = peak_kib(client.process.pid)
        finally:
            client.close()
    return {"outline_s": outline_s, "outline_kib": outline_kib, "diagnostics_s": diagnostics_s,
            "diagnostics_kib": diagnostics_kib, "maps": len(symbols)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stroom", default=str(HERE.parent / ".build/release/stroom"))
    parser.add_argument("--megabytes", type=float, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    document = vsm_document(int(args.megabytes * 1_000_000 / BYTES_PER_LINE))
    size = len(document.text.encode())
    print(f"document: {size / 1e6:.1f} MB, {document.lines} lines")
    runs = [one_run(args.stroom, document.text) for _ in range(args.runs)]
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    print(f"outline (didOpen → documentSymbol answer): {median['outline_s']:.2f} s, "
          f"peak {median['outline_kib'] / 1024:.0f} MiB = {median['outline_kib'] * 1024 / size:.1f} bytes per byte")
    print(f"diagnostics (didOpen → publishDiagnostics): {median['diagnostics_s']:.2f} s, "
          f"peak {median['diagnostics_kib'] / 1024:.0f} MiB = {median['diagnostics_kib'] * 1024 / size:.1f} bytes per byte")
    if args.json:
        Path(args.json).write_text(json.dumps({"bytes": size, "runs": runs, "median": median}, indent=2))


if __name__ == "__main__":
    main()
