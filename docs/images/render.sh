#!/usr/bin/env bash
# Renders every view of every sample into docs/images/<sample>-<view>.svg with `stroom render`
# (Dutch words, as the samples are Dutch). Needs Graphviz (`dot`) on PATH.
# Run from anywhere: docs/images/render.sh. Set STROOM to use a stroom binary you built already.
# `ExportDocsTests` checks that these SVGs show what the golden DOT files show.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${STROOM:-}" ]; then
  swift build --product stroom >/dev/null
  STROOM="$(swift build --show-bin-path)/stroom"
fi

views_for() {
  case "$1" in
    *.batenlogica) echo "benefits causes stakeholders" ;;
    *) echo "flow causes board" ;;
  esac
}

rm -f docs/images/*.svg
for sample in $(find Samples -name '*.vsm' -o -name '*.batenlogica' | sort); do
  name="$(basename "${sample%.*}")"
  for view in $(views_for "$sample"); do
    "$STROOM" render "$sample" --lang nl --view "$view" -o "docs/images/$name-$view.svg" >/dev/null
  done
done
ls docs/images/*.svg | wc -l | xargs echo "SVGs written:"
