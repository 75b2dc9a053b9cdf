#!/usr/bin/env bash
# Trains Caseview's AOT cache (JDK 25: JEP 483 and 514) with the very runtime the package ships,
# then points the launcher at it. Run by the packaging build after jpackage makes the app image.
#
#   train-aot-cache.sh <app image, e.g. packaging/target/dist/Caseview> [customers to open, default 20]
#
# The training run is the app's own self-test (sign in, search, open customers), headless on
# Monocle so it needs no display; the window-system classes it does not load (GTK's) load from
# the jars as usual at run time. The cache wants the same JVM options and a class path of jars
# only, both taken here from the launcher's own Caseview.cfg.
set -euo pipefail
image="$1"
customers="${2:-20}"
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
cfg="$app/Caseview.cfg"

classpath=$(grep '^app.classpath=' "$cfg" | sed "s|^app.classpath=\$APPDIR|$app|" | paste -sd: -)
mapfile -t options < <(grep '^java-options=' "$cfg" | sed 's/^java-options=//' | grep -v 'AOTCache')
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true)
home=$(mktemp -d)
trap 'rm -rf "$home" "$app/caseview.aotconf"' EXIT

HOME="$home" "$java" "${options[@]}" "${headless[@]}" -Duser.home="$home" -XX:AOTMode=record -XX:AOTConfiguration="$app/caseview.aotconf" \
  -cp "$classpath" uk.caseview.app.CaseviewMain --self-test="$customers" | grep '^caseview-self-test'
HOME="$home" "$java" "${options[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$app/caseview.aotconf" \
  -XX:AOTCache="$app/caseview.aot" -cp "$classpath" -Xlog:aot=warning 2>&1 | grep -v '^\[' || true
test -s "$app/caseview.aot"
grep -q 'AOTCache' "$cfg" || echo 'java-options=-XX:AOTCache=$APPDIR/caseview.aot' >> "$cfg"
echo "AOT cache: $(du -h "$app/caseview.aot" | cut -f1) at $app/caseview.aot"
