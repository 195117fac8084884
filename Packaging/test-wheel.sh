#!/usr/bin/env bash
# Installs a wheel from dist/ into a fresh venv, as a user would, and uses it: `stroom` from the
# venv's bin must run `stroom check Samples` with the same exit code and output as BINARY.
#
#   Packaging/test-wheel.sh WHEEL BINARY
set -euo pipefail
# shellcheck source=Packaging/common.sh
. "$(dirname "$0")/common.sh"

WHEEL="$1"
BINARY="$2"
PYTHON="${PYTHON:-$(command -v python3)}"
fail() { echo "test-wheel: FAIL: $*" >&2; exit 1; }

VENV="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$VENV")"' EXIT
"$PYTHON" -m venv "$VENV"
# --no-index: the wheel alone, nothing from the network.
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-index "$WHEEL"
"$VENV/bin/python" -m pip show "$WHEEL_NAME" | sed 's/^/test-wheel:   /'

[ -x "$VENV/bin/stroom" ] || fail "the wheel put no stroom into $VENV/bin"
# On PATH once the venv is active.
found="$(PATH="$VENV/bin:/usr/bin:/bin" command -v stroom)"
[ "$found" = "$VENV/bin/stroom" ] || fail "stroom on PATH is '$found'"

cd "$STROOM_ROOT"
expected_status=0
expected="$("$BINARY" check Samples 2>&1)" || expected_status=$?
status=0
actual="$(PATH="$VENV/bin:/usr/bin:/bin" stroom check Samples 2>&1)" || status=$?
echo "test-wheel: stroom check Samples → exit $status: $(printf '%s\n' "$actual" | tail -n 1)"
[ "$status" -eq "$expected_status" ] || fail "exit $status from the wheel's stroom, $expected_status from $BINARY"
[ "$actual" = "$expected" ] || fail "the wheel's stroom printed something else than $BINARY"
# The samples hold warnings and hints, never errors.
[ "$status" -eq 0 ] || fail "stroom check Samples should exit 0"
"$VENV/bin/stroom" --version | grep -q "^stroom $(project_info version)" || fail "stroom --version"

# pip uninstall removes it again (RECORD lists every file).
"$VENV/bin/python" -m pip uninstall -q -y "$WHEEL_NAME"
[ ! -e "$VENV/bin/stroom" ] || fail "pip uninstall left $VENV/bin/stroom"
echo "test-wheel: OK ($(basename "$WHEEL"))"
