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

# `stroom render --paper`, before and after it laid pictures out for the sheet (docs/exports.md,
# Printing): "before" is the view's own layout scaled to the sheet, as --paper did at first.
paper_pair() { # SAMPLE NAME PAPER-ARGUMENTS SIZE-IN-INCHES DPI
  local out="docs/images/before-after/$2"
  "$STROOM" dot "$1" --lang nl --view flow | dot -Tpng "-Gsize=$4!" "-Gdpi=$5" -o "$out-before.png"
  # shellcheck disable=SC2086 # $3 is several arguments
  "$STROOM" render "$1" --lang nl --view flow $3 --dpi "$5" -o "$out-after.png" >/dev/null 2>&1
}
paper_pair Samples/akkrum/speciale_aandacht.vsm speciale_aandacht-flow-a3-landscape "--paper a3 --landscape" 15.75,10.90 48
paper_pair Samples/blokhuus/leesdossiers.vsm leesdossiers-flow-a2 "--paper a2" 15.75,22.60 40
paper_pair Samples/borgstee/rapportage.vsm rapportage-flow-a4 "--paper a4" 7.48,10.90 72
ls -l docs/images/before-after/*-flow-*.png
