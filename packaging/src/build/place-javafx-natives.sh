#!/usr/bin/env bash
# Puts JavaFX's native libraries beside its jars in the app image (Linux), where JavaFX looks first.
# Without them JavaFX copies the libraries out of its jars into each user's ~/.openjfx/cache and
# loads them from there: executable code written into home folders, which a locked-down desktop
# (home mounted noexec, roaming profiles) refuses or a security scan flags. Decision 1303.
#
#   place-javafx-natives.sh <app image, e.g. packaging/target/dist/Caseview>
set -euo pipefail
app="$1/lib/app"
placed=0
for jar in "$app"/javafx-*-linux.jar; do
  while IFS= read -r lib; do
    unzip -o -q -j "$jar" "$lib" -d "$app"
    chmod 644 "$app/$(basename "$lib")"
    placed=$((placed + 1))
  done < <(unzip -Z1 "$jar" | grep -E '^[^/]+\.so$' || true)
done
[ "$placed" -gt 0 ] || { echo "place-javafx-natives: no JavaFX native library found in $app"; exit 1; }
echo "JavaFX natives: $placed libraries in $app"
