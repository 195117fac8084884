#!/usr/bin/env python3
"""A very large document in the language server: the outline of a generated map of about 20 MB.

One fresh `stroom lsp` per run, a workspace folder holding only the document; the client sends
`textDocument/didOpen` with the whole text and, right behind it, `textDocument/documentSymbol`.
Measured per run:

  * outline: from sending `didOpen` to having decoded the `documentSymbol` answer (what an editor
    waits for before its outline and breadcrumbs show);
  * peak memory when the outline arrived: the server's `VmHWM` from `/proc/<pid>/status`, and
    per byte of the document;
  * diagnostics: from sending `didOpen` to the answer of `textDocument/diagnostic` (pulled right
    after the outline), and `VmHWM` then (the whole analysis with every check has run by then).

Prints the median of the runs.

    Benchmarks/big_document.py [--stroom PATH] [--megabytes 20] [--runs 3] [--json FILE]

The map is `documents.vsm_document` (a process: per step a problem, an idea, an action point and
a flow arrow), grown to the size asked. Linux only (`/proc`).
"""
import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from documents import vsm_document
from lsp_latency import HERE, start

# Seconds to wait for the outline and for the diagnostics.
TIMEOUT = 600

# Bytes per line of `vsm_document`, roughly: to pick the number of lines for a size.
BYTES_PER_LINE = 80


def peak_kib(pid):
    """The process's peak resident memory (VmHWM) in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def cpu_seconds(pid):
    """User and system time the process has used so far (the machine is shared: wall time is
    inflated by the load, CPU time much less)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
            seen = {}
            # The client pulls diagnostics (`lsp_latency.CAPABILITIES`): asked for right after the
            # outline, answered after the whole analysis with every check.
            for what, method in [("outline", "textDocument/documentSymbol"), ("diagnostics", "textDocument/diagnostic")]:
                request = request if what == "outline" else client.request(method, {"textDocument": {"uri": uri}})
                try:
                    message = client.wait(lambda m: m.get("id") == request and "method" not in m, timeout=TIMEOUT)
                except TimeoutError:
                    break  # reported as missing rather than waited for without end
                seen[what] = (time.perf_counter() - started, peak_kib(client.process.pid), message)
                print(f"  {what}: {seen[what][0]:.2f} s wall, {cpu_seconds(client.process.pid):.2f} s CPU of the server "
                      f"since it started, peak {seen[what][1] / 1024:.0f} MiB", flush=True)
            outline_s, outline_kib, answer = seen.get("outline", (None, None, {}))
            diagnostics_s, diagnostics_kib, _ = seen.get("diagnostics", (None, None, None))
            symbols = answer.get("result") or []
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
    for what, label in [("outline", "didOpen → documentSymbol answer"), ("diagnostics", "didOpen → pulled diagnostics")]:
        times = [run[f"{what}_s"] for run in runs if run[f"{what}_s"] is not None]
        peaks = [run[f"{what}_kib"] for run in runs if run[f"{what}_kib"] is not None]
        if not times:
            print(f"{what} ({label}): none within {TIMEOUT} s")
            continue
        peak = statistics.median(peaks)
        print(f"{what} ({label}): {statistics.median(times):.2f} s in {len(times)} of {len(runs)} runs, "
              f"peak {peak / 1024:.0f} MiB = {peak * 1024 / size:.1f} bytes per byte")
    if args.json:
        Path(args.json).write_text(json.dumps({"bytes": size, "runs": runs}, indent=2))


if __name__ == "__main__":
    main()
