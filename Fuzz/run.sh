#!/usr/bin/env bash
# Builds the fuzz target with libFuzzer and AddressSanitizer and runs it.
#   Fuzz/run.sh [SECONDS]     (default 60)
# Crashes land in Fuzz/crashes/; the corpus grows in Fuzz/corpus/ (seeded with the samples and
# the test fixtures). Neither folder is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build-fuzz
mkdir -p "$out" Fuzz/corpus Fuzz/crashes
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)
swiftc "${flags[@]}" -emit-module -emit-library -static -module-name StroomSyntax \
  -emit-module-path "$out/StroomSyntax.swiftmodule" -o "$out/libStroomSyntax.a" \
  $(find Sources/StroomSyntax -name '*.swift')
swiftc "${flags[@]}" -I "$out" -emit-module -emit-library -static -module-name StroomModel \
  -emit-module-path "$out/StroomModel.swiftmodule" -o "$out/libStroomModel.a" \
  $(find Sources/StroomModel -name '*.swift')
swiftc "${flags[@]}" -I "$out" -L "$out" -lStroomModel -lStroomSyntax Fuzz/FuzzCheck.swift -o "$out/fuzz-check"
find Samples Tests -name '*.vsm' -o -name '*.batenlogica' | while read -r f; do
  cp "$f" "Fuzz/corpus/seed-$(echo "$f" | tr '/' '_')"
done
# Swift runtime metadata allocated once looks like a leak to LeakSanitizer; leaks are not what we look for.
ASAN_OPTIONS=detect_leaks=0 "$out/fuzz-check" -max_total_time="${1:-60}" -max_len=4096 -timeout=10 -artifact_prefix=Fuzz/crashes/ Fuzz/corpus
