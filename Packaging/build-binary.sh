#!/usr/bin/env bash
# Builds a release `stroom` for this machine and packs it as
#   dist/stroom-<version>-<target>.tar.gz  (stroom, README.md, LICENSE)
#   dist/stroom-<version>-<target>.tar.gz.sha256
# and leaves the bare binary at dist/<target>/stroom for the wheel and the VS Code extension.
#
#   Packaging/build-binary.sh                     Linux: the Swift runtime linked in (glibc stays
#                                                 dynamic); macOS: arm64 + x86_64, system runtime
#   Packaging/build-binary.sh --swift-sdk SDK     a Swift SDK, e.g. x86_64-swift-linux-musl (the
#                                                 Static Linux SDK: fully static)
#   Packaging/build-binary.sh --target NAME       the <target> part of the names
#
# The build records the commit: BuildInfo.swift gets it for the duration of the build and is
# restored afterwards (a plain `swift build` says no commit).
set -euo pipefail
# shellcheck source=Packaging/common.sh
. "$(dirname "$0")/common.sh"
cd "$STROOM_ROOT"

SWIFT_SDK=""
TARGET=""
while [ $# -gt 0 ]; do
  case "$1" in
    --swift-sdk) SWIFT_SDK="$2"; shift 2 ;;
    --target) TARGET="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "build-binary.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

VERSION="$(project_info version)"
OS="$(uname -s)"
ARCH="$(uname -m)"
case "$ARCH" in arm64) ARCH=aarch64 ;; esac

BUILD_ARGS=(-c release --product stroom)
case "$OS" in
  Linux)
    if [ -n "$SWIFT_SDK" ]; then
      # A Swift SDK for static Linux links everything, the C library included.
      BUILD_ARGS+=(--swift-sdk "$SWIFT_SDK")
      case "$SWIFT_SDK" in
        aarch64-*) ARCH=aarch64 ;;
        x86_64-*) ARCH=x86_64 ;;
      esac
      DEFAULT_TARGET="linux-$ARCH-static"
    else
      BUILD_ARGS+=(--static-swift-stdlib)
      DEFAULT_TARGET="linux-$ARCH"
    fi
    ;;
  Darwin)
    BUILD_ARGS+=(--arch arm64 --arch x86_64)
    DEFAULT_TARGET="macos-universal"
    ;;
  *)
    echo "build-binary.sh: $OS is not supported here; on Windows use Packaging/build-binary.ps1" >&2
    exit 2
    ;;
esac
TARGET="${TARGET:-$DEFAULT_TARGET}"

# The commit, when this is a git checkout; `-modified` when files differ from it.
COMMIT=""
if git rev-parse --git-dir >/dev/null 2>&1; then
  COMMIT="$(git rev-parse --short=12 HEAD)"
  if [ -n "$(git status --porcelain --untracked-files=no)" ]; then COMMIT="$COMMIT-modified"; fi
fi

BACKUP="$(mktemp)"
cp "$BUILD_INFO" "$BACKUP"
restore() { cp "$BACKUP" "$BUILD_INFO"; rm -f "$BACKUP"; }
trap restore EXIT
if [ -n "$COMMIT" ]; then
  sed -i.bak "s/public static let commit: String? = nil/public static let commit: String? = \"$COMMIT\"/" "$BUILD_INFO"
  rm -f "$BUILD_INFO.bak"
  grep -q "\"$COMMIT\"" "$BUILD_INFO" || { echo "build-binary.sh: could not record the commit in $BUILD_INFO" >&2; exit 1; }
fi

swift build "${BUILD_ARGS[@]}"
BIN_DIR="$(swift build "${BUILD_ARGS[@]}" --show-bin-path)"
restore
trap - EXIT

OUT="dist/$TARGET"
rm -rf "$OUT"
mkdir -p "$OUT"
cp "$BIN_DIR/stroom" "$OUT/stroom"
# Symbols are not needed to run; a third of the size.
if [ "$OS" = Linux ]; then strip "$OUT/stroom" 2>/dev/null || true; fi

NAME="stroom-$VERSION-$TARGET"
STAGE="$(mktemp -d)"
mkdir "$STAGE/$NAME"
cp "$OUT/stroom" README.md LICENSE "$STAGE/$NAME/"
tar -C "$STAGE" -czf "dist/$NAME.tar.gz" "$NAME"
rm -rf "$STAGE"
(cd dist && sha256 "$NAME.tar.gz" > "$NAME.tar.gz.sha256")

"$OUT/stroom" --version
echo "dist/$NAME.tar.gz"
