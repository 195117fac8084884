#!/usr/bin/env python3
"""Throughput of `stroom check` on a generated workspace, next to `ruff check` on Python of the
same shape, measured in one run.

Writes FILES generated maps of LINES lines each into one folder (one workspace: every map has
its own name, as in a real workspace), and as many Python modules of the same length into
another, then runs each checker RUNS times on its folder (after one warm-up run that fills the
page cache) and prints, from the median run: wall time, CPU time (user + system), files/s,
lines/s, MB/s of source, and peak memory (the child's maximum resident set, from wait4).

    Benchmarks/check_throughput.py [--stroom PATH] [--files N] [--lines N] [--runs N] [--json FILE]

What the comparison means: both tools read a folder of files of the same size and line count,
parse every file, run their default rules and print their findings (a few per file), so the
figures say whether Stroom's front end is in the same class as a fast production checker on
this machine. What it does not mean: the languages differ (Python's grammar is far larger,
Stroom's rules look across the whole workspace as one namespace while ruff's default rules look
at one file at a time), ruff runs on every core (it is also measured on one thread), and ruff's
cache is turned off (`--no-cache`), as Stroom has none.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from documents import python_document, vsm_document

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
            "peak_mib": max(s[2] for s in samples), "runs": runs}


def write_workspace(root, files, lines):
    stroom_dir, python_dir = root / "stroom", root / "python"
    stroom_dir.mkdir()
    python_dir.mkdir()
    (stroom_dir / "stroom.json").write_text("{}\n")
    stroom_size = python_size = stroom_lines = python_lines = 0
    for index in range(files):
        vsm = vsm_document(lines, name=f"proces_{index}").text
        (stroom_dir / f"proces_{index}.vsm").write_text(vsm, encoding="utf-8")
        stroom_size += len(vsm.encode())
        stroom_lines += vsm.count("\n")
        python = python_document(lines).text
        (python_dir / f"module_{index}.py").write_text(python, encoding="utf-8")
        python_size += len(python.encode())
        python_lines += python.count("\n")
    return (stroom_dir, stroom_lines, stroom_size), (python_dir, python_lines, python_size)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stroom", default=str(HERE.parent / ".build/release/stroom"))
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", help="also write the results to this file")
    arguments = parser.parse_args()
    stroom = str(Path(arguments.stroom).resolve())
    if not os.access(stroom, os.X_OK):
        sys.exit(f"no stroom binary at {stroom}: build it with Benchmarks/run.sh or pass --stroom")
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")

    results = []
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

    print(f"{arguments.files} files × {arguments.lines} lines; median of {arguments.runs} runs after a warm-up; "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'tool':22} {'MB':>5} {'wall':>8} {'cpu':>8} {'files/s':>8} {'lines/s':>9} {'MB/s':>6} {'peak':>8}")
    for r in results:
        print(f"{r['tool']:22} {r['megabytes']:5.1f} {r['wall_s']:7.3f}s {r['cpu_s']:7.3f}s {r['files_per_s']:8.0f} "
              f"{r['lines_per_s']:9.0f} {r['mb_per_s']:6.1f} {r['peak_mib']:6.1f}MiB")
    stroom_result = results[0]
    for peer in results[1:]:
        print(f"stroom / {peer['tool']}: wall ×{stroom_result['wall_s'] / peer['wall_s']:.2f}, "
              f"CPU ×{stroom_result['cpu_s'] / peer['cpu_s']:.2f}, peak memory ×{stroom_result['peak_mib'] / peer['peak_mib']:.2f}")
    if arguments.json:
        Path(arguments.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
