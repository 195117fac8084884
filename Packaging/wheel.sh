#!/usr/bin/env bash
# Packs a built `stroom` as a platform wheel in dist/, so that `pip install stroom-lang` puts
# `stroom` on PATH (the binary sits in the wheel's .data/scripts/, like ruff's).
#
#   Packaging/wheel.sh BINARY [PLATFORM-TAG]
#
# Without PLATFORM-TAG it is derived from the binary: on Linux the newest GLIBC_x.y symbol
# version it needs gives manylinux_x_y_<arch> (a binary that needs no glibc at all, from the
# Static Linux SDK, gets musllinux_1_1_<arch>, for Alpine and the like); on macOS macosx_11_0_universal2 (or
# the one architecture it has). Windows wheels (win_amd64) come from build-binary.ps1.
set -euo pipefail
# shellcheck source=Packaging/common.sh
. "$(dirname "$0")/common.sh"

BINARY="${1:?usage: Packaging/wheel.sh BINARY [PLATFORM-TAG]}"
TAG="${2:-}"
VERSION="$(project_info version)"
HOME_URL="$(project_info homeURL)"
PYTHON="${PYTHON:-$(command -v python3 || command -v python)}"

if [ -z "$TAG" ]; then
  case "$(uname -s)" in
    Linux)
      machine="$(readelf -h "$BINARY" | sed -n 's/^ *Machine: *//p')"
      case "$machine" in
        *X86-64*) arch=x86_64 ;;
        *AArch64*) arch=aarch64 ;;
        *) echo "wheel.sh: unknown machine '$machine'" >&2; exit 2 ;;
      esac
      glibc="$(objdump -T "$BINARY" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -u -V | tail -n 1 || true)"
      if [ -z "$glibc" ]; then
        TAG="musllinux_1_1_$arch"
      else
        major="${glibc%%.*}"
        minor="$(echo "$glibc" | cut -d. -f2)"
        # manylinux_2_17 is the oldest tag pip still knows as such.
        if [ "$major" -eq 2 ] && [ "$minor" -lt 17 ]; then minor=17; fi
        TAG="manylinux_${major}_${minor}_$arch"
      fi
      ;;
    Darwin)
      archs="$(lipo -archs "$BINARY")"
      case "$archs" in
        *x86_64*arm64*|*arm64*x86_64*) TAG=macosx_11_0_universal2 ;;
        arm64) TAG=macosx_11_0_arm64 ;;
        x86_64) TAG=macosx_11_0_x86_64 ;;
        *) echo "wheel.sh: unknown architectures '$archs'" >&2; exit 2 ;;
      esac
      ;;
    *) echo "wheel.sh: give the platform tag on this system" >&2; exit 2 ;;
  esac
fi

"$PYTHON" "$STROOM_ROOT/Packaging/make_wheel.py" --name "$WHEEL_NAME" --version "$VERSION" --tag "$TAG" \
  --binary "$BINARY" --readme "$STROOM_ROOT/README.md" --license "$STROOM_ROOT/LICENSE" \
  --home-url "$HOME_URL" --out "$STROOM_ROOT/dist"
