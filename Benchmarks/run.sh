#!/usr/bin/env bash
# Builds stroom in release, installs the peers (ruff, tombi) from PyPI into a venv of their
# own, runs the benchmarks and judges the targets of issue 9 (Benchmarks/targets.py). Prints
# the tables, every ratio and one verdict line per target; nothing is written into the
# repository except the build folder and the venv (both ignored by git).
#
#   Benchmarks/run.sh [all]                        everything, full sizes, then the verdicts
#   Benchmarks/run.sh smoke                        the same at small sizes (1–2 minutes; CI):
#                                                  the verdicts are printed, never enforced
#   Benchmarks/run.sh lsp|check|memory [ARGS...]   one script (ARGS go to it), no verdicts
#   Benchmarks/run.sh parse [ARGS...]              full against incremental parsing; no peers
#
# The exit status says whether the benchmarks ran, never whether a target holds.
# Environment: STROOM_BENCH_BINARY (measure this stroom; nothing is built),
# STROOM_BENCH_BUILD (scratch path, default .build-bench), STROOM_BENCH_STATIC (default 1: the
# Swift runtime linked statically, as Packaging/build-binary.sh ships it; 0 links it
# dynamically, as a plain `swift build` does), STROOM_BENCH_VENV (venv, default
# Benchmarks/.venv), STROOM_BENCH_JSON (a folder that keeps the raw figures), PYTHON (default
# python3). Timings need a quiet machine: the load average is printed with each table.
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
[ $# -gt 0 ] && shift
case "$what" in
  lsp|check|memory|parse) ;;
  all|smoke) [ $# -eq 0 ] || { echo "Benchmarks/run.sh $what takes no arguments" >&2; exit 2; } ;;
  *) echo "usage: Benchmarks/run.sh [all|smoke|lsp|check|memory|parse] [ARGS...]" >&2; exit 2 ;;
esac

scratch="${STROOM_BENCH_BUILD:-.build-bench}"
flags=()
# The Swift runtime and Foundation linked into the binary, as Packaging/build-binary.sh builds
# the release users get: the process starts (and answers `initialize`) about twice as fast.
if [ "${STROOM_BENCH_STATIC:-1}" = 1 ]; then flags+=(--static-swift-stdlib); scratch="$scratch-static"; fi
if [ "$what" = parse ]; then
  # Full against incremental parsing: a Swift executable of its own, no peers, no venv.
  echo "== swift build -c release --scratch-path $scratch --product stroom-parse-bench"
  swift build -c release --scratch-path "$scratch" --product stroom-parse-bench </dev/null
  bench="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/stroom-parse-bench"
  echo "== full and incremental parse (Benchmarks/parse_incremental.py); $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
  "${PYTHON:-python3}" Benchmarks/parse_incremental.py --bench "$bench" "$@"
  exit 0
fi
if [ -n "${STROOM_BENCH_BINARY:-}" ]; then
  stroom="$STROOM_BENCH_BINARY"
else
  echo "== swift build -c release --scratch-path $scratch ${flags[*]} --product stroom"
  swift build -c release --scratch-path "$scratch" "${flags[@]}" --product stroom </dev/null
  stroom="$(swift build -c release --scratch-path "$scratch" "${flags[@]}" --show-bin-path)/stroom"
fi

venv="${STROOM_BENCH_VENV:-Benchmarks/.venv}"
if [ ! -x "$venv/bin/python" ]; then
  echo "== python venv $venv"
  "${PYTHON:-python3}" -m venv "$venv"
fi
# The peers, pinned so that figures from different days compare: both ship as wheels.
"$venv/bin/python" -m pip install -q --disable-pip-version-check "ruff==0.17.6" "tombi==1.9.6" </dev/null
python="$venv/bin/python"
linking="dynamic Swift runtime"
if ldd "$stroom" 2>/dev/null | grep -q libswiftCore; then :; else linking="static Swift runtime"; fi
echo "== stroom $("$stroom" --version | awk '{print $2}') ($linking), ruff $("$venv/bin/ruff" --version | awk '{print $2}'), tombi $("$venv/bin/tombi" --version | awk '{print $2}'), graphviz nop: $(command -v nop || echo 'not installed'); $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ); uptime:$(uptime | sed 's/.*load/ load/')"

case "$what" in
  lsp) exec "$python" Benchmarks/lsp_latency.py --stroom "$stroom" "$@" ;;
  check) exec "$python" Benchmarks/check_throughput.py --stroom "$stroom" "$@" ;;
  memory) exec "$python" Benchmarks/lsp_memory.py --stroom "$stroom" "$@" ;;
esac

json="${STROOM_BENCH_JSON:-}"
if [ -z "$json" ]; then json="$(mktemp -d)"; trap 'rm -rf "$json"' EXIT; else mkdir -p "$json"; fi
lsp=() check=() memory=() smoke=()
if [ "$what" = smoke ]; then
  # Small sizes: every scenario and every target's figure once, in about a minute or two.
  lsp=(--edits 20 --warmup 5 --starts 2 --lines 200 --large-lines 2000 --large-edits 20 --workspace-files 20)
  check=(--files 10 --lines 100 --runs 1 --scaling-mb "0.1,1" --scaling-runs 1)
  memory=(--workspace-mb 0.5 --document-mb 1 --quiet 30)
  smoke=(--smoke)
fi
echo "== keystroke and initialize latency (Benchmarks/lsp_latency.py)"
"$python" Benchmarks/lsp_latency.py --stroom "$stroom" --json "$json/lsp.json" "${lsp[@]}"
echo "== check throughput (Benchmarks/check_throughput.py)"
"$python" Benchmarks/check_throughput.py --stroom "$stroom" --json "$json/check.json" "${check[@]}"
echo "== memory of the language server (Benchmarks/lsp_memory.py)"
"$python" Benchmarks/lsp_memory.py --stroom "$stroom" --json "$json/memory.json" "${memory[@]}"
echo "== ratios and targets (Benchmarks/targets.py)"
"$python" Benchmarks/targets.py --lsp "$json/lsp.json" --check "$json/check.json" --memory "$json/memory.json" "${smoke[@]}"
