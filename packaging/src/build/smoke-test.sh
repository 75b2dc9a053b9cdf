#!/usr/bin/env bash
# Starts the built app image once, headless, as CI does: it must sign in on its built-in training
# server, show the search field and open a customer, with its AOT cache in use
# (-XX:AOTMode=on makes the JVM stop if the cache cannot be used), in a throw-away home folder that it
# must leave as it found it: no ~/.caseview files, and no ~/.openjfx (JavaFX's native libraries load
# from the image, decision 1303). Exit code 0 only if all of that happened.
#
#   smoke-test.sh <app image, e.g. packaging/target/dist/Caseview>
set -euo pipefail
image="$1"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home"
# The JVM takes its home folder from the user database, not $HOME: user.home points it at this one.
export JAVA_TOOL_OPTIONS="-Duser.home=$home -XX:AOTMode=on -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true"
out=$(timeout 180 "$image/bin/Caseview" --self-test 2>&1) || { echo "$out" | tail -40; echo "smoke test: the app image did not pass its self-test"; exit 1; }
echo "$out" | grep '^caseview-self-test'
echo "$out" | grep -q '^caseview-self-test passed'
if [ -d "$home/.caseview" ] && find "$home/.caseview" -type f | grep -q .; then
  echo "smoke test: the self-test left files in the user's ~/.caseview:"; find "$home/.caseview" -type f; exit 1
fi
if [ -e "$home/.openjfx" ]; then
  echo "smoke test: JavaFX unpacked its native libraries into the user's home folder:"; find "$home/.openjfx" -type f; exit 1
fi
echo "smoke test: passed"
