#!/usr/bin/env bash
# How long a debt officer waits for the first worklist page from a freshly started stub, and what
# the first answer is. Starts the jar (build it first: ./mvnw -q -pl stubs -am package -DskipTests),
# asks once at once (as the workspace does when opened), then honours Retry-After until a page arrives.
# Usage: stubs/bench/first-worklist-page.sh [start|first-use] [runs=3] [jar=stubs/target/caseview-stubs.jar]
set -euo pipefail
cd "$(dirname "$0")/../.."
source stubs/bench/java25.sh
MODE="${1:-first-use}"; RUNS="${2:-3}"; JAR="${3:-stubs/target/caseview-stubs.jar}"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
for run in $(seq 1 "$RUNS"); do
  LOG="$(mktemp)"
  "$JAVA" -jar "$JAR" --port 0 --indexes "$MODE" --today 2026-01-12 >"$LOG" 2>&1 &
  PID=$!
  PORT=""
  for _ in $(seq 1 600); do
    PORT="$(grep -o '127\.0\.0\.1:[0-9]*' "$LOG" | head -1 | cut -d: -f2 || true)"
    [[ -n "$PORT" ]] && break
    sleep 0.05
  done
  URL="http://127.0.0.1:$PORT/debt/v1/worklist?size=100&sort=-balance"
  HDR="$(mktemp)"
  ask() { curl -s -D "$HDR" -o /dev/null -w '%{http_code}' --max-time 120 "$URL"; }
  T0="$(now_ms)"
  FIRST="$(ask)"
  T1="$(now_ms)"
  STATUS="$FIRST"; ASKS=1
  while [[ "$STATUS" == "503" && "$ASKS" -lt 60 ]]; do
    sleep "$(tr -d '\r' <"$HDR" | sed -n 's/^[Rr]etry-[Aa]fter: *//p')"
    STATUS="$(ask)"; ASKS=$((ASKS + 1))
  done
  T2="$(now_ms)"
  BUILT="$(grep -o 'caseload of [0-9]* debts built in [0-9]* ms' "$LOG" || true)"
  printf 'run %d (%s): first answer HTTP %s after %d ms; first page after %d ms, %d requests; %s; load %s\n' \
    "$run" "$MODE" "$FIRST" $((T1 - T0)) $((T2 - T0)) "$ASKS" "${BUILT:-caseload not logged}" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$PID"; wait "$PID" 2>/dev/null || true
  rm -f "$LOG" "$HDR"
done
