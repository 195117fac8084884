#!/usr/bin/env python3
"""The targets of issue 9 ("Proof"), judged from the JSON of one run of the benchmarks.

Reads what lsp_latency.py, check_throughput.py and lsp_memory.py wrote with `--json` and
prints every ratio and one verdict line per target:

    target NAME: holds (FIGURE vs LIMIT)      or      target NAME: misses (FIGURE vs LIMIT)

A figure that was not measured (a peer not installed, a scenario left out) gives
`not measured (why)`. Nothing is enforced: the exit status is 0 whatever the verdicts, so that
a smoke run in CI (`--smoke`: sizes far too small for the targets to mean anything) shows the
lines without failing on them.

    Benchmarks/targets.py [--lsp FILE] [--check FILE] [--memory FILE] [--smoke]
"""
import argparse
import json
from pathlib import Path


class Verdicts:
    def __init__(self):
        self.lines = []

    def judge(self, name, figure, limit, unit, at_most=True, why_missing=None):
        """One target: `figure` must be at most (or at least) `limit`."""
        if figure is None or limit is None:
            self.lines.append(f"target {name}: not measured ({why_missing or 'no figure'})")
            return
        holds = figure <= limit if at_most else figure >= limit
        relation = "≤" if at_most else "≥"
        self.lines.append(f"target {name}: {'holds' if holds else 'misses'} "
                          f"({figure:.{precision(figure)}f} {unit} vs {relation} {limit:.{precision(limit)}f} {unit})")


def precision(value):
    return 2 if abs(value) < 10 else 1 if abs(value) < 100 else 0


def load(path):
    if not path or not Path(path).exists():
        return None, []
    data = json.loads(Path(path).read_text())
    return data.get("load"), data.get("results", [])


def by_key(results, key):
    return {r[key]: r for r in results}


def latency(verdicts, results):
    rows = by_key(results, "server")
    stroom, push = rows.get("stroom"), rows.get("stroom-push")
    peers = [rows[name] for name in ("ruff", "tombi") if name in rows]
    for peer in peers:
        if stroom:
            print(f"stroom / {peer['server']}: initialize ×{stroom['initialize_ms'] / peer['initialize_ms']:.2f}, "
                  f"keystroke p50 ×{stroom['p50_ms'] / peer['p50_ms']:.2f}, p99 ×{stroom['p99_ms'] / peer['p99_ms']:.2f}")
        if push:
            print(f"stroom-push / {peer['server']}: keystroke p50 ×{push['p50_ms'] / peer['p50_ms']:.2f}, "
                  f"p99 ×{push['p99_ms'] / peer['p99_ms']:.2f}")
    faster = {q: min((p[q] for p in peers), default=None) for q in ("p50_ms", "p99_ms")}
    missing = "no peer measured" if not peers else "scenario not measured"
    lines = f"{stroom['lines']:,}" if stroom else "2,000"
    for label, row in (("pulled", stroom), ("pushed", push)):
        for q in ("p50_ms", "p99_ms"):
            verdicts.judge(f"keystroke {q[:3]}, {lines}-line map, {label} ≤ the faster peer's", row and row[q], faster[q],
                           "ms", why_missing=missing)
    large = next((r for name, r in rows.items() if name.startswith("stroom-") and name.endswith("k")), None)
    workspace = next((r for name, r in rows.items() if name.endswith("files")), None)
    if stroom and large:
        print(f"{large['server']} / stroom: p99 ×{large['p99_ms'] / stroom['p99_ms']:.2f} ({large['lines']} lines)")
    if stroom and workspace:
        print(f"{workspace['server']} / stroom: p99 ×{workspace['p99_ms'] / stroom['p99_ms']:.2f} ({workspace['files']} files)")
    verdicts.judge(f"keystroke p99 on the {large['lines'] if large else 20000:,}-line map ≤ 3× the {lines}-line map's",
                   large and large["p99_ms"], stroom and 3 * stroom["p99_ms"], "ms", why_missing="scenario not measured")
    verdicts.judge(f"keystroke p99 in a {workspace['files'] if workspace else 200}-file workspace ≤ 2× the single file's",
                   workspace and workspace["p99_ms"], stroom and 2 * stroom["p99_ms"], "ms",
                   why_missing="scenario not measured")
    ruff = rows.get("ruff")
    verdicts.judge("initialize ≤ 1.5× ruff's", stroom and stroom["initialize_ms"], ruff and 1.5 * ruff["initialize_ms"],
                   "ms", why_missing="ruff or stroom not measured")


def throughput(verdicts, results):
    rows = by_key(results, "tool")
    stroom = rows.get("stroom check")
    ruff, ruff_one = rows.get("ruff check"), rows.get("ruff check (1 thread)")
    nop = rows.get("graphviz nop")
    for peer in (ruff, ruff_one, nop):
        if stroom and peer:
            print(f"stroom check / {peer['tool']}: MB/s ×{stroom['mb_per_s'] / peer['mb_per_s']:.2f}, "
                  f"wall ×{stroom['wall_s'] / peer['wall_s']:.2f}, peak memory ×{stroom['peak_mib'] / peer['peak_mib']:.2f}")
    verdicts.judge("check MB/s ≥ ruff's on one thread", stroom and stroom["mb_per_s"], ruff_one and ruff_one["mb_per_s"],
                   "MB/s", at_most=False, why_missing="ruff not installed")
    verdicts.judge("check MB/s ≥ 5× Graphviz nop reading the same maps", stroom and stroom["mb_per_s"],
                   nop and 5 * nop["mb_per_s"], "MB/s", at_most=False, why_missing="Graphviz nop not installed")
    verdicts.judge("check peak memory ≤ 2× ruff's", stroom and stroom["peak_mib"], ruff and 2 * ruff["peak_mib"], "MiB",
                   why_missing="ruff not installed")
    verdicts.judge("check peak memory < 8 bytes per byte of source", stroom and stroom["peak_bytes_per_byte"], 8, "B/B",
                   why_missing="stroom check not measured")
    sizes = sorted((r for r in results if "seconds_per_mb" in r), key=lambda r: r["megabytes"])
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        print(f"check time per MB: {small['seconds_per_mb'] * 1000:.0f} ms at {small['megabytes']:.1f} MB, "
              f"{large['seconds_per_mb'] * 1000:.0f} ms at {large['megabytes']:.1f} MB "
              f"(×{large['seconds_per_mb'] / small['seconds_per_mb']:.2f})")
        verdicts.judge(f"check time per MB at {large['megabytes']:.1f} MB ≤ 1.3× that at {small['megabytes']:.1f} MB",
                       large["seconds_per_mb"] * 1000, 1.3 * small["seconds_per_mb"] * 1000, "ms/MB")
    else:
        verdicts.judge("check time per MB at 50 MB ≤ 1.3× that at 1 MB", None, None, "", why_missing="sizes not measured")


def memory(verdicts, results):
    rows = by_key(results, "measure")
    workspace, document = rows.get("workspace"), rows.get("document")
    verdicts.judge(f"lsp resident memory with a {workspace['megabytes'] if workspace else 10:.1f} MB workspace open "
                   "(VmHWM) < 100 MB", workspace and workspace["hwm_mb"], 100, "MB", why_missing="see lsp_memory.py's output")
    size = f"{document['megabytes']:.1f} MB" if document else "20 MB"
    verdicts.judge(f"documentSymbol on a {size} document (open → symbols) < 1 s",
                   document and document["open_to_symbols_s"], 1, "s", why_missing="see lsp_memory.py's output")
    verdicts.judge(f"lsp peak memory on a {size} document ≤ 8 bytes per byte", document and document["hwm_bytes_per_byte"],
                   8, "B/B", why_missing="see lsp_memory.py's output")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lsp", help="the --json of lsp_latency.py")
    parser.add_argument("--check", help="the --json of check_throughput.py")
    parser.add_argument("--memory", help="the --json of lsp_memory.py")
    parser.add_argument("--smoke", action="store_true", help="a smoke run: say that the verdicts mean nothing")
    arguments = parser.parse_args()
    verdicts = Verdicts()
    loads = []
    for path, judge in ((arguments.lsp, latency), (arguments.check, throughput), (arguments.memory, memory)):
        figures_load, results = load(path)
        loads += figures_load or []
        judge(verdicts, results)
    if loads:
        print(f"load average during the runs: {min(loads):.2f} – {max(loads):.2f}")
    if arguments.smoke:
        print("smoke run: sizes far below the targets' — the verdicts below are printed, not meant, and not enforced")
    for line in verdicts.lines:
        print(line)


if __name__ == "__main__":
    main()
