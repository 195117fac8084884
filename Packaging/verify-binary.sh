#!/usr/bin/env bash
# Proves that a release `stroom` for Linux carries its Swift runtime: it names no Swift library
# (libswift*, Foundation, libdispatch, libBlocksRuntime, the toolchain's ICU) and no toolchain
# RUNPATH, and it runs — `--version` and `check` on the samples — where the Swift toolchain
# cannot be found: in a private mount namespace with an empty tmpfs over the toolchain folder.
#
#   Packaging/verify-binary.sh BINARY [CONTROL]
#
# CONTROL (optional): a plain `swift build` binary, which must FAIL there, to show that hiding
# the toolchain works. Needs root or unprivileged user namespaces for `unshare`; without them
# the run falls back to an empty environment in a temporary folder (weaker, and says so).
set -euo pipefail
# shellcheck source=Packaging/common.sh
. "$(dirname "$0")/common.sh"

BINARY="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
CONTROL="${2:-}"
SWIFT_LIBRARIES='libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libicu.*swift|lib_FoundationICU|libXCTest|libTesting'
fail() { echo "verify-binary: FAIL: $*" >&2; exit 1; }
indent() { while IFS= read -r line; do echo "verify-binary:   $line"; done; }

[ -x "$BINARY" ] || fail "$BINARY is not an executable"
file_type="$(readelf -h "$BINARY" | sed -n 's/^ *Type: *//p')"
echo "verify-binary: $BINARY ($file_type)"

# 1. What the binary asks the dynamic loader for.
needed="$(readelf -d "$BINARY" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')"
echo "verify-binary: needs: ${needed//$'\n'/ }"
if printf '%s\n' "$needed" | grep -E "$SWIFT_LIBRARIES"; then fail "it needs a Swift library"; fi
if readelf -d "$BINARY" | grep -E '\((RUNPATH|RPATH)\)' | grep -i swift; then fail "its RUNPATH points into a Swift toolchain"; fi

# 2. What the loader actually finds (ldd runs the loader; a static binary says so).
if ldd_out="$(ldd "$BINARY" 2>&1)"; then
  echo "$ldd_out" | indent
  if echo "$ldd_out" | grep -E "$SWIFT_LIBRARIES|/opt/swift|not found"; then fail "ldd resolves a Swift library or misses one"; fi
fi

# 3. The glibc it requires (the wheel's manylinux tag is derived from this).
glibc="$(objdump -T "$BINARY" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sort -u -V | tail -n 1 || true)"
echo "verify-binary: newest glibc symbol version: ${glibc:-none}"

# 4. Run it where the toolchain is not. The folder to hide: the whole toolchain when it has
# one of its own (/opt/swift), else (a toolchain in /usr, as in the official swift image) the
# folder of its runtime libraries, usr/lib/swift/linux.
SWIFT_BIN="$(command -v swift || true)"
HIDE=""
if [ -n "$SWIFT_BIN" ]; then
  swift_usr="$(dirname "$(dirname "$(readlink -f "$SWIFT_BIN")")")"
  case "$swift_usr" in
    /usr|/usr/local) HIDE="$swift_usr/lib/swift/linux" ;;
    *) HIDE="$(dirname "$swift_usr")" ;;
  esac
  [ -d "$HIDE" ] || HIDE=""
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$BINARY" "$WORK/stroom"
cp -R "$STROOM_ROOT/Samples" "$WORK/Samples"
[ -n "$CONTROL" ] && cp "$CONTROL" "$WORK/control"

# shellcheck disable=SC2016  # expanded by the inner shell, in the sandbox
# Runs the probe commands inside the sandbox; prints `EXIT:<code>` lines for the checks below.
probe='cd "$1" &&
  ./stroom --version && ./stroom -V && ./stroom version;
  echo "EXIT:version:$?";
  ./stroom check Samples > check.out 2>&1; echo "EXIT:check:$?";
  tail -n 1 check.out;
  if [ -x ./control ]; then ./control --version > /dev/null 2>&1; echo "EXIT:control:$?"; fi'

if [ -n "$HIDE" ] && unshare --mount --propagation private true 2>/dev/null; then
  echo "verify-binary: running with an empty tmpfs over $HIDE (unshare --mount)"
  output="$(unshare --mount --propagation private env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    sh -c "mount -t tmpfs none '$HIDE' && [ -z \"\$(ls -A '$HIDE')\" ] && $probe" sh "$WORK")"
else
  echo "verify-binary: WARNING: cannot hide the toolchain (no unshare); running with env -i only"
  output="$(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 sh -c "$probe" sh "$WORK")"
fi
echo "$output" | indent

echo "$output" | grep -qx "EXIT:version:0" || fail "stroom --version did not run without the toolchain"
echo "$output" | grep -q "^stroom $(project_info version)" || fail "stroom --version printed no version"
# build-binary.sh records the commit of a git checkout.
if git -C "$STROOM_ROOT" rev-parse --git-dir >/dev/null 2>&1; then
  echo "$output" | grep -q "^stroom $(project_info version) (commit [0-9a-f]\{7,\}" || fail "stroom --version names no commit"
fi
# `stroom check Samples` exits 0: the samples hold warnings and hints, never errors.
echo "$output" | grep -qx "EXIT:check:0" || fail "stroom check Samples did not exit 0 without the toolchain"
echo "$output" | grep -Eq "^0 errors, .* in [0-9]+ files\.$" || fail "stroom check Samples printed no summary"
if [ -n "$CONTROL" ]; then
  echo "$output" | grep -q "^EXIT:control:0$" && fail "the control binary ran too: the toolchain was not hidden"
  echo "$output" | grep -q "^EXIT:control:" || fail "the control binary was not tried"
fi
echo "verify-binary: OK"
