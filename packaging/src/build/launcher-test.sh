#!/usr/bin/env bash
# Checks the Linux launcher on a made-up app image whose "java" prints the arguments it was given:
# every JVM option, the class path and the main class from Caseview.cfg with $APPDIR filled in,
# the user's arguments passed on whole, from an install folder with a space in its name and
# through a symbolic link; and a clear message, not a shell error, when the runtime is missing.
#
#   launcher-test.sh <launcher script>
set -euo pipefail
launcher=$(readlink -f "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
image="$work/opt/case view"
mkdir -p "$image/bin" "$image/lib/app" "$image/lib/runtime/bin"
install -m 755 "$launcher" "$image/bin/Caseview"
cat > "$image/lib/runtime/bin/java" <<'JAVA'
#!/usr/bin/env bash
printf '%s\n' "$@"
JAVA
chmod 755 "$image/lib/runtime/bin/java"
cat > "$image/lib/app/Caseview.cfg" <<'CFG'
[Application]
app.classpath=$APPDIR/caseview-app.jar
app.mainclass=uk.caseview.app.CaseviewMain
app.classpath=$APPDIR/javafx-base.jar

[JavaOptions]
java-options=-Xmx256m
java-options=-Dcaseview.example=two words
java-options=-XX:AOTCache=$APPDIR/caseview.aot
CFG
app="$image/lib/app"
expected=(-Xmx256m "-Dcaseview.example=two words" "-XX:AOTCache=$app/caseview.aot"
  "-Djpackage.app-path=$image/bin/Caseview" -cp "$app/caseview-app.jar:$app/javafx-base.jar"
  uk.caseview.app.CaseviewMain --self-test=3 "an argument with spaces")

fail() { echo "launcher test: $1" >&2; exit 1; }
check() {
  mapfile -t got < <("$1" --self-test=3 "an argument with spaces")
  [ "${#got[@]}" -eq "${#expected[@]}" ] || fail "started java with ${#got[@]} arguments, not ${#expected[@]}: ${got[*]}"
  for i in "${!expected[@]}"; do
    [ "${got[$i]}" == "${expected[$i]}" ] || fail "argument $i was '${got[$i]}', not '${expected[$i]}'"
  done
}
check "$image/bin/Caseview"
mkdir -p "$work/usr/bin"
ln -s "$image/bin/Caseview" "$work/usr/bin/caseview"
check "$work/usr/bin/caseview"

rm "$image/lib/runtime/bin/java"
if message=$("$image/bin/Caseview" 2>&1); then fail "started with no runtime"; fi
[[ "$message" == *"Caseview is not installed completely"* ]] || fail "with no runtime it said: $message"
echo "launcher test: passed"
