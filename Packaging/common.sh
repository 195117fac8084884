# Shared by the packaging scripts (sourced, not run): the project facts, read from the one place
# they are kept, Sources/StroomModel/Project/ProjectInfo.swift.
# shellcheck shell=bash disable=SC2034  # the variables are for the scripts that source this

STROOM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT_INFO="$STROOM_ROOT/Sources/StroomModel/Project/ProjectInfo.swift"
BUILD_INFO="$STROOM_ROOT/Sources/StroomModel/Project/BuildInfo.swift"

# The Python distribution name of the wheel (`pip install stroom-lang`): `stroom` itself is taken
# on PyPI by an unrelated project.
WHEEL_NAME="stroom-lang"

# `public static let NAME = "VALUE"` in ProjectInfo.swift → VALUE.
project_info() {
  local value
  value="$(sed -n "s/^ *public static let $1 = \"\\([^\"]*\\)\".*/\\1/p" "$PROJECT_INFO")"
  if [ -z "$value" ]; then
    echo "error: no '$1' in $PROJECT_INFO" >&2
    return 1
  fi
  printf '%s\n' "$value"
}

# A command that prints the SHA-256 of a file as `HASH  NAME`.
sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$@"; else shasum -a 256 "$@"; fi
}
