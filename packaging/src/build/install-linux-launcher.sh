#!/usr/bin/env bash
# Puts Caseview's own Linux launcher (src/linux/Caseview.launcher, decision 1303) in place of the
# native one jpackage wrote, after checking it starts the JVM exactly as Caseview.cfg says.
#
#   install-linux-launcher.sh <launcher script> <app image, e.g. packaging/target/dist/Caseview>
set -euo pipefail
launcher="$1"
image="$2"
bash "$(dirname "$0")/launcher-test.sh" "$launcher"
install -m 755 "$launcher" "$image/bin/Caseview"
echo "launcher: $image/bin/Caseview is Caseview's own (no package-manager queries at start)"
