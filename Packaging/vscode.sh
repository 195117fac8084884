#!/usr/bin/env bash
# Packages the VS Code extension (editors/vscode) for one platform with the `stroom` binary
# inside, as dist/stroom-vscode-<version>-<vscode-target>.vsix.
#
#   Packaging/vscode.sh BINARY-FOLDER VSCODE-TARGET     e.g. dist/linux-x86_64 linux-x64
#
# Everything in BINARY-FOLDER (stroom, or stroom.exe with its DLLs) is copied to
# editors/vscode/bin/ for the packaging and removed afterwards. Needs node and npm.
set -euo pipefail
# shellcheck source=Packaging/common.sh
. "$(dirname "$0")/common.sh"

BINARIES="$(cd "$1" && pwd)"
VSCODE_TARGET="$2"
VERSION="$(project_info version)"
EXTENSION="$STROOM_ROOT/editors/vscode"
[ -f "$EXTENSION/package.json" ] || { echo "vscode.sh: no extension at $EXTENSION" >&2; exit 2; }

# The extension gets the version of ProjectInfo for this packaging; package.json is restored.
SAVED="$(mktemp -d)"
cp "$EXTENSION/package.json" "$SAVED/"
if [ -f "$EXTENSION/package-lock.json" ]; then cp "$EXTENSION/package-lock.json" "$SAVED/"; fi
cleanup() {
  cp "$SAVED/package.json" "$EXTENSION/package.json"
  if [ -f "$SAVED/package-lock.json" ]; then cp "$SAVED/package-lock.json" "$EXTENSION/package-lock.json"; fi
  rm -rf "$SAVED" "${EXTENSION:?}/bin"
  if [ -e "$EXTENSION/LICENSE.stroom-packaging" ]; then rm -f "$EXTENSION/LICENSE" "$EXTENSION/LICENSE.stroom-packaging"; fi
}
trap cleanup EXIT
rm -rf "${EXTENSION:?}/bin"
mkdir -p "$EXTENSION/bin"
cp -R "$BINARIES"/. "$EXTENSION/bin/"
# vsce wants a licence in the extension folder.
if [ ! -e "$EXTENSION/LICENSE" ]; then cp "$STROOM_ROOT/LICENSE" "$EXTENSION/LICENSE"; touch "$EXTENSION/LICENSE.stroom-packaging"; fi

mkdir -p "$STROOM_ROOT/dist"
OUT="$STROOM_ROOT/dist/stroom-vscode-$VERSION-$VSCODE_TARGET.vsix"
(
  cd "$EXTENSION"
  if [ -f package-lock.json ]; then npm ci; else npm install; fi
  npm version "$VERSION" --no-git-tag-version --allow-same-version
  npx --yes @vscode/vsce package --target "$VSCODE_TARGET" --out "$OUT"
)
echo "$OUT"
