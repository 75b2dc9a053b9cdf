#!/usr/bin/env bash
# Sourced by the bench scripts: sets JAVA to a Java 25+ binary without touching JAVA_HOME.
# Override with JAVA=/path/to/java.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [[ -z "${JAVA:-}" ]]; then
  for candidate in "$(command -v java || true)" /usr/lib/jvm/*/bin/java /opt/*/bin/java; do
    [[ -x "$candidate" ]] || continue
    major="$(java_major "$candidate")"
    if [[ -n "$major" && "$major" -ge 25 ]]; then JAVA="$candidate"; break; fi
  done
fi
if [[ -z "${JAVA:-}" ]]; then
  echo "No Java 25 found; set JAVA=/path/to/java" >&2
  exit 1
fi
