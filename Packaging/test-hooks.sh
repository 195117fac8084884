#!/usr/bin/env bash
# Checks .pre-commit-hooks.yaml: pre-commit's own manifest validator (required keys id, name,
# entry, language), then both hooks run by pre-commit on a fresh team repository: a clean map
# passes, a map with an error stops the commit, and a badly laid out map gets formatted.
#
#   Packaging/test-hooks.sh PRE-COMMIT BINARY      (pre-commit from a venv; the stroom to run)
set -euo pipefail
# shellcheck source=Packaging/common.sh
. "$(dirname "$0")/common.sh"

PRE_COMMIT="$1"
BINARY_DIR="$(cd "$(dirname "$2")" && pwd)"
fail() { echo "test-hooks: FAIL: $*" >&2; exit 1; }

"$PRE_COMMIT" validate-manifest "$STROOM_ROOT/.pre-commit-hooks.yaml"

TEAM="$(mktemp -d)"
trap 'rm -rf "$TEAM"' EXIT
cd "$TEAM"
git init -q .
git config user.email ci@example.org
git config user.name CI
# `language: system`: the hooks run the stroom on PATH.
export PATH="$BINARY_DIR:$PATH"
export PRE_COMMIT_HOME="$TEAM/.cache"

printf 'proces p "Proces" {\n  stap a "A"\n}\n' > goed.vsm
printf 'niet een kaart\n' > notes.txt
git add goed.vsm notes.txt
"$PRE_COMMIT" try-repo "$STROOM_ROOT" stroom-check --all-files > check.log 2>&1 || { cat check.log; fail "stroom-check failed on a map without errors"; }
grep -q "stroom check.*Passed" check.log || { cat check.log; fail "stroom-check did not run"; }

printf 'proces q "Kapot" {\n  stap a "A" { door: niemand }\n' > kapot.vsm
git add kapot.vsm
if "$PRE_COMMIT" try-repo "$STROOM_ROOT" stroom-check --all-files > check.log 2>&1; then
  cat check.log; fail "stroom-check passed a map with errors"
fi
grep -q "kapot.vsm" check.log || { cat check.log; fail "stroom-check did not name the broken file"; }
git rm -q -f kapot.vsm

printf 'proces r "Rommelig" {\nstap   a   "A"\n}\n' > rommelig.vsm
git add rommelig.vsm
if "$PRE_COMMIT" try-repo "$STROOM_ROOT" stroom-fmt --all-files > fmt.log 2>&1; then
  cat fmt.log; fail "stroom-fmt did not report that it changed a file"
fi
grep -q "^  stap a \"A\"$" rommelig.vsm || { cat fmt.log rommelig.vsm; fail "stroom-fmt did not lay out rommelig.vsm"; }
cat check.log fmt.log | grep -E "^stroom|Failed|Passed|modified" | sed "s/^/test-hooks:   /"
echo "test-hooks: OK"
