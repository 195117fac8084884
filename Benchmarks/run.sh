#!/usr/bin/env bash
# Builds stroom in release, installs the peers (ruff, tombi) from PyPI into a venv of their
# own, and runs the benchmarks. Prints the tables; nothing is written into the repository
# except the build folder and the venv (both ignored by git).
#
#   Benchmarks/run.sh [lsp|check|all] [ARGS...]   (ARGS go to the benchmark script; all: none)
#   Benchmarks/run.sh parse [ARGS...]             (full against incremental parsing; no peers)
#
# Environment: STROOM_BENCH_BUILD (scratch path, default .build-bench), STROOM_BENCH_STATIC=1
# (link the Swift runtime statically), STROOM_BENCH_VENV (venv, default Benchmarks/.venv),
# PYTHON (default python3). Timings need a quiet machine: the load
# average is printed with each table.
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
[ $# -gt 0 ] && shift
case "$what" in lsp|check|parse) ;; all) [ $# -eq 0 ] || { echo "Benchmarks/run.sh all takes no arguments" >&2; exit 2; } ;; *) echo "usage: Benchmarks/run.sh [lsp|check|parse|all] [ARGS...]" >&2; exit 2 ;; esac

scratch="${STROOM_BENCH_BUILD:-.build-bench}"
flags=()
# STROOM_BENCH_STATIC=1 links the Swift runtime and Foundation into the binary, as a release
# for editors would ship it: the process starts (and answers `initialize`) about twice as fast.
if [ "${STROOM_BENCH_STATIC:-0}" = 1 ]; then flags+=(--static-swift-stdlib); scratch="$scratch-static"; fi
if [ "$what" = parse ]; then
  # Full against incremental parsing: a Swift executable of its own, no peers, no venv.
  echo "== swift build -c release --scratch-path $scratch --product stroom-parse-bench"
  swift build -c release --scratch-path "$scratch" --product stroom-parse-bench </dev/null
  bench="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/stroom-parse-bench"
  echo "== full and incremental parse (Benchmarks/parse_incremental.py); $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
  "${PYTHON:-python3}" Benchmarks/parse_incremental.py --bench "$bench" "$@"
  exit 0
fi
echo "== swift build -c release --scratch-path $scratch ${flags[*]} --product stroom"
swift build -c release --scratch-path "$scratch" "${flags[@]}" --product stroom </dev/null
stroom="$(swift build -c release --scratch-path "$scratch" "${flags[@]}" --show-bin-path)/stroom"

venv="${STROOM_BENCH_VENV:-Benchmarks/.venv}"
if [ ! -x "$venv/bin/python" ]; then
  echo "== python venv $venv"
  "${PYTHON:-python3}" -m venv "$venv"
fi
# The peers, pinned so that figures from different days compare: both ship as wheels.
"$venv/bin/python" -m pip install -q --disable-pip-version-check "ruff==0.17.6" "tombi==1.9.6" </dev/null
echo "== stroom $("$stroom" --version | awk '{print $2}'), ruff $("$venv/bin/ruff" --version | awk '{print $2}'), tombi $("$venv/bin/tombi" --version | awk '{print $2}'); $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"

if [ "$what" = lsp ] || [ "$what" = all ]; then
  echo "== keystroke and initialize latency (Benchmarks/lsp_latency.py)"
  "$venv/bin/python" Benchmarks/lsp_latency.py --stroom "$stroom" "$@"
fi
if [ "$what" = check ] || [ "$what" = all ]; then
  echo "== check throughput (Benchmarks/check_throughput.py)"
  "$venv/bin/python" Benchmarks/check_throughput.py --stroom "$stroom" "$@"
fi
