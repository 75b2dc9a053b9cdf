#!/usr/bin/env bash
# Renders Caseview's main screen for two training personas (and high-contrast and 130 % text
# variants) to PNG in docs/screenshots/, from the real app on the embedded stub server.
# Headless: JavaFX's Monocle platform with the software renderer, the same as the UI tests,
# so no display (and no Xvfb) is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/docs/screenshots"
mkdir -p "$out"
./mvnw -q -pl app -am verify \
  -Dtest=MainScreenScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcaseview.screenshots.dir="$out" -Dheadless.geometry=1440x900-32
ls -1 "$out"/*.png
