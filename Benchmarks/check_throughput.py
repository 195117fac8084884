#!/usr/bin/env python3
"""Throughput of `stroom check` on a generated workspace, next to `ruff check` on Python of the
same shape, measured in one run.

Writes FILES generated maps of LINES lines each into one folder (one workspace: every map has
its own name, as in a real workspace), and as many Python modules of the same length into
another, then runs each checker RUNS times on its folder (after one warm-up run that fills the
page cache) and prints, from the median run: wall time, CPU time (user + system), files/s,
lines/s, MB/s of source, and peak memory (the child's maximum resident set, from wait4).

    Benchmarks/check_throughput.py [--stroom PATH] [--files N] [--lines N] [--runs N] [--json FILE]
                                   [--scaling-mb 1,50] [--scaling-runs N]

Also: Graphviz `nop` reading the same maps as DOT (when installed), and `stroom check` alone on
workspaces of 1 and 50 MB of the same maps, for the time per MB as the input grows.

What the comparison means: both tools read a folder of files of the same size and line count,
parse every file, run their default rules and print their findings (a few per file), so the
figures say whether Stroom's front end is in the same class as a fast production checker on
this machine. What it does not mean: the languages differ (Python's grammar is far larger,
Stroom's rules look across the whole workspace as one namespace while ruff's default rules look
at one file at a time), ruff runs on every core (it is also measured on one thread), and ruff's
cache is turned off (`--no-cache`), as Stroom has none.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from documents import python_document, vsm_document
from lsp_client import load_average, write_json

HERE = Path(__file__).resolve().parent


def run_once(command, cwd, env=None):
    """Runs a command with its output thrown away; returns wall seconds, CPU seconds, peak RSS
    in MiB and the exit status."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode


def measure(name, command, folder, runs, files, lines, size, env=None, accept=(0, 1)):
    status = run_once(command, folder, env)[3]  # warm-up: page cache, dynamic linking
    if status not in accept:
        raise RuntimeError(f"{name} exited with {status}")
    samples = sorted((run_once(command, folder, env) for _ in range(runs)), key=lambda s: s[0])
    wall, cpu, rss, _ = samples[len(samples) // 2]
    return {"tool": name, "files": files, "lines": lines, "megabytes": size / 1e6, "wall_s": wall, "cpu_s": cpu,
            "files_per_s": files / wall, "lines_per_s": lines / wall, "mb_per_s": size / 1e6 / wall,
            "peak_mib": max(s[2] for s in samples), "peak_bytes_per_byte": max(s[2] for s in samples) * 1024 * 1024 / size,
            "runs": runs}


def write_maps(folder, files, lines):
    """FILES generated maps of LINES lines in one workspace folder; returns (lines, bytes)."""
    folder.mkdir()
    (folder / "stroom.json").write_text("{}\n")
    size = total_lines = 0
    for index in range(files):
        vsm = vsm_document(lines, name=f"proces_{index}").text
        (folder / f"proces_{index}.vsm").write_text(vsm, encoding="utf-8")
        size += len(vsm.encode())
        total_lines += vsm.count("\n")
    return total_lines, size


def write_workspace(root, files, lines):
    stroom_dir, python_dir = root / "stroom", root / "python"
    stroom_lines, stroom_size = write_maps(stroom_dir, files, lines)
    python_dir.mkdir()
    python_size = python_lines = 0
    for index in range(files):
        python = python_document(lines).text
        (python_dir / f"module_{index}.py").write_text(python, encoding="utf-8")
        python_size += len(python.encode())
        python_lines += python.count("\n")
    return (stroom_dir, stroom_lines, stroom_size), (python_dir, python_lines, python_size)


def graphviz_nop(stroom, nop, root, files, lines, size, runs):
    """Graphviz `nop` reading the graphs of the same maps: `stroom dot` draws one generated map
    (its flow and its causes view: steps, problems, ideas, action points and their arrows), the
    DOT is repeated once per map under the map's own name, and `nop` reads it all. MB/s are of
    the maps' source, so that the figure compares with `stroom check`'s."""
    folder = root / "dot"
    write_maps(folder, 1, lines)
    views = [subprocess.run([stroom, "dot", "--view", view, "proces_0.vsm"], cwd=folder, check=True,
                            capture_output=True, text=True).stdout for view in ("flow", "causes")]
    graph = folder / "maps.dot"
    with graph.open("w", encoding="utf-8") as out:
        for index in range(files):
            for text in views:
                out.write(text.replace("proces_0", f"proces_{index}"))
    result = measure("graphviz nop", [nop, str(graph)], folder, runs, files, lines * files, size, accept=(0,))
    result["dot_megabytes"] = graph.stat().st_size / 1e6
    return result


def scaling(stroom, root, megabytes, lines, runs):
    """`stroom check` on workspaces of about each size in `megabytes` (maps of LINES lines)."""
    per_file = len(vsm_document(lines).text.encode())
    results = []
    for mb in megabytes:
        files = max(1, round(mb * 1e6 / per_file))
        folder = root / f"scaling-{mb:g}MB"
        total_lines, size = write_maps(folder, files, lines)
        result = measure(f"stroom check, {mb:g} MB", [stroom, "check", "."], folder, runs, files, total_lines, size)
        result["seconds_per_mb"] = result["wall_s"] / result["megabytes"]
        results.append(result)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stroom", default=str(HERE.parent / ".build/release/stroom"))
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scaling-mb", default="1,50", help="workspace sizes for time per MB (default 1,50)")
    parser.add_argument("--scaling-runs", type=int, default=3)
    parser.add_argument("--json", help="also write the results to this file")
    arguments = parser.parse_args()
    stroom = str(Path(arguments.stroom).resolve())
    if not os.access(stroom, os.X_OK):
        sys.exit(f"no stroom binary at {stroom}: build it with Benchmarks/run.sh or pass --stroom")
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    nop = shutil.which("nop")

    results = []
    load_before = load_average()
    with tempfile.TemporaryDirectory() as workdir:
        (stroom_dir, stroom_lines, stroom_size), (python_dir, python_lines, python_size) = \
            write_workspace(Path(workdir), arguments.files, arguments.lines)
        results.append(measure("stroom check", [stroom, "check", "."], stroom_dir, arguments.runs,
                               arguments.files, stroom_lines, stroom_size))
        if ruff:
            command = [ruff, "check", "--no-cache", "--isolated", "--output-format", "concise", "."]
            results.append(measure("ruff check", command, python_dir, arguments.runs,
                                   arguments.files, python_lines, python_size))
            one_thread = dict(os.environ, RAYON_NUM_THREADS="1")
            results.append(measure("ruff check (1 thread)", command, python_dir, arguments.runs,
                                   arguments.files, python_lines, python_size, env=one_thread))
        else:
            print("(peer ruff not installed; skipped)")
        if nop:
            results.append(graphviz_nop(stroom, nop, Path(workdir), arguments.files, arguments.lines, stroom_size,
                                        arguments.runs))
        else:
            print("(graphviz nop not installed; skipped)")
        sizes = [float(mb) for mb in arguments.scaling_mb.split(",") if mb]
        results += scaling(stroom, Path(workdir), sizes, arguments.lines, arguments.scaling_runs)
    load_after = load_average()

    print(f"{arguments.files} files × {arguments.lines} lines; median of {arguments.runs} runs after a warm-up "
          f"({arguments.scaling_runs} for the sizes); load average {load_before:.2f} → {load_after:.2f}")
    print(f"{'tool':22} {'MB':>5} {'wall':>8} {'cpu':>8} {'files/s':>8} {'lines/s':>9} {'MB/s':>6} {'peak':>8} {'B/B':>5}")
    for r in results:
        print(f"{r['tool']:22} {r['megabytes']:5.1f} {r['wall_s']:7.3f}s {r['cpu_s']:7.3f}s {r['files_per_s']:8.0f} "
              f"{r['lines_per_s']:9.0f} {r['mb_per_s']:6.1f} {r['peak_mib']:6.1f}MiB {r['peak_bytes_per_byte']:5.1f}")
    print("(B/B: peak resident bytes per byte of source; graphviz nop reads the DOT of the same maps, "
          "its MB/s are of the maps' source; ratios and targets: Benchmarks/targets.py)")
    write_json(arguments.json, results, (load_before, load_after))


if __name__ == "__main__":
    main()
