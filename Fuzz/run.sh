#!/usr/bin/env bash
# Builds the fuzz target with libFuzzer and AddressSanitizer and runs it.
#   Fuzz/run.sh [SECONDS]     (default 60)
# Environment:
#   FUZZ_MAX_LEN   the largest input libFuzzer makes (default 4096; a long run uses a large
#                  value on one worker so that deep nesting is reached)
#   FUZZ_RUNS      stop after this many executions instead of after SECONDS (-runs)
#   FUZZ_FORK      run this many workers in parallel, sharing the corpus (-fork; default 1)
#   FUZZ_ASAN      1 (default): AddressSanitizer on; 0: libFuzzer only, in .build-fuzz-noasan,
#                  about ten times faster. Swift's own checks (bounds, overflow, force unwraps)
#                  trap either way; ASan adds the unsafe buffers (the lexer's, concurrentMap's).
#                  A long run does most executions without and a share with ASan (RESULTS.md).
# The target (Fuzz/FuzzCheck.swift) runs parse → check → format → every DOT and Mermaid view →
# the report in every format, and asserts the round trip, formatter idempotence and
# whitespace-only changes. Crashes land in Fuzz/crashes/; the corpus grows in Fuzz/corpus/
# (seeded with the samples and the test fixtures). Neither folder is committed. Every long
# run is recorded in Fuzz/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build-fuzz
sanitizers=fuzzer,address
if [ "${FUZZ_ASAN:-1}" = 0 ]; then out=.build-fuzz-noasan; sanitizers=fuzzer; fi
mkdir -p "$out" Fuzz/corpus Fuzz/crashes
flags=(-sanitize="$sanitizers" -parse-as-library -O -g -swift-version 6)
# One static library a module, in dependency order; each module sees the ones before it.
build_module() {
  local name=$1
  swiftc "${flags[@]}" -I "$out" -emit-module -emit-library -static -module-name "$name" \
    -emit-module-path "$out/$name.swiftmodule" -o "$out/lib$name.a" \
    $(find "Sources/$name" -name '*.swift')
}
if [ -z "${FUZZ_SKIP_BUILD:-}" ]; then
  for module in StroomPlatform StroomSyntax StroomModel StroomFormat StroomExport; do build_module "$module"; done
  swiftc "${flags[@]}" -I "$out" -L "$out" -lStroomExport -lStroomFormat -lStroomModel -lStroomSyntax -lStroomPlatform \
    Fuzz/FuzzCheck.swift -o "$out/fuzz-check"
fi
find Samples Tests -name '*.vsm' -o -name '*.batenlogica' | while read -r f; do
  cp "$f" "Fuzz/corpus/seed-$(echo "$f" | tr '/' '_')"
done
limit=(-max_total_time="${1:-60}")
if [ -n "${FUZZ_RUNS:-}" ]; then limit=(-runs="$FUZZ_RUNS"); fi
# Swift runtime metadata allocated once looks like a leak to LeakSanitizer; leaks are not what we look for.
fork=()
if [ "${FUZZ_FORK:-1}" -gt 1 ]; then fork=(-fork="$FUZZ_FORK"); fi
# STROOM_THREADS=1: each worker checks on one thread; the workers use the cores.
# SWIFT_BACKTRACE=enable=no: Swift's own crash handler would end the process before libFuzzer
# writes the input that crashed it to Fuzz/crashes/.
SWIFT_BACKTRACE=enable=no STROOM_THREADS=1 ASAN_OPTIONS=detect_leaks=0 "$out/fuzz-check" "${fork[@]}" "${limit[@]}" -max_len="${FUZZ_MAX_LEN:-4096}" -timeout=10 \
  -print_final_stats=1 -artifact_prefix=Fuzz/crashes/ Fuzz/corpus
