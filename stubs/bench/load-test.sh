#!/usr/bin/env bash
# Requests per second for GET /citizen/v1/citizens/{nino}, in one run on this machine, for:
#   1. the Caseview stub (stubs/target/caseview-stubs.jar),
#   2. WireMock standalone with its defaults, serving the same body,
#   3. a bare JDK HttpServer on virtual threads writing the same bytes.
# Then the stub again over 100,000 different generated NINOs (a wrk Lua script).
# wrk: 2 threads, 32 connections, DURATION seconds each (default 20), loopback only.
# Usage: stubs/bench/load-test.sh [duration-seconds]
# Needs wrk (sudo apt-get install -y wrk) and Maven Central for the WireMock jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
source stubs/bench/java25.sh
DURATION="${1:-20}"
WIREMOCK_VERSION="${WIREMOCK_VERSION:-3.13.1}"
STUB_PORT=18181 WIREMOCK_PORT=18182 BARE_PORT=18183
NINO=ZX000001A
WORK=stubs/target/bench
mkdir -p "$WORK/wiremock/mappings" "$WORK/wiremock/__files"
command -v wrk >/dev/null || { echo "wrk is needed: sudo apt-get install -y wrk" >&2; exit 1; }

./mvnw -q -pl stubs -am package -DskipTests
./mvnw -q -N dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" \
  -DoutputDirectory="$WORK" -Dmdep.stripVersion=true

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
wait_for() { for _ in $(seq 1 120); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1" >&2; exit 1; }
run_wrk() { # name url [script]
  local out
  if [[ -n "${3:-}" ]]; then out="$(wrk -t2 -c32 -d"${DURATION}s" --latency -s "$3" "$2")"
  else out="$(wrk -t2 -c32 -d"${DURATION}s" --latency "$2")"; fi
  local rps p99 non2xx
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  printf '%-44s %12s req/s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p99" "${non2xx:-0}"
  echo "$rps" > "$WORK/$(tr ' /' '__' <<<"$1").rps"
}

# 1. Our stub, started as users start it (indexes built at start, default heap).
"$JAVA" -jar stubs/target/caseview-stubs.jar --port "$STUB_PORT" > "$WORK/stub.log" 2>&1 & pids+=($!)
wait_for "http://127.0.0.1:$STUB_PORT/citizen/v1/citizens/$NINO"
curl -sf "http://127.0.0.1:$STUB_PORT/citizen/v1/citizens/$NINO" -o "$WORK/body.json"
# Measure the steady state: let the start-up work (trace index, worklist caseload) finish first.
for _ in $(seq 1 240); do
  grep -q "Trace index over" "$WORK/stub.log" && grep -q "Worklist caseload of" "$WORK/stub.log" && break
  sleep 0.5
done
echo "Machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Body: $(wc -c < "$WORK/body.json") bytes of $NINO's citizen record. wrk: 2 threads, 32 connections, ${DURATION}s."

# 2. WireMock with its defaults, one mapping returning the same bytes.
cp "$WORK/body.json" "$WORK/wiremock/__files/citizen.json"
cat > "$WORK/wiremock/mappings/citizen.json" <<JSON
{"request": {"method": "GET", "url": "/citizen/v1/citizens/$NINO"},
 "response": {"status": 200, "bodyFileName": "citizen.json", "headers": {"Content-Type": "application/json"}}}
JSON
"$JAVA" -jar "$WORK/wiremock-standalone.jar" --port "$WIREMOCK_PORT" --bind-address 127.0.0.1 \
  --root-dir "$WORK/wiremock" > "$WORK/wiremock.log" 2>&1 & pids+=($!)

# 3. The bare JDK server.
"$JAVA" "stubs/bench/BareServer.java" "$BARE_PORT" "$WORK/body.json" > "$WORK/bare.log" 2>&1 & pids+=($!)
wait_for "http://127.0.0.1:$WIREMOCK_PORT/citizen/v1/citizens/$NINO"
wait_for "http://127.0.0.1:$BARE_PORT/citizen/v1/citizens/$NINO"
cmp -s <(curl -sf "http://127.0.0.1:$WIREMOCK_PORT/citizen/v1/citizens/$NINO") "$WORK/body.json" \
  || { echo "WireMock does not serve the same body" >&2; exit 1; }

"$JAVA" -cp stubs/target/caseview-stubs.jar stubs/bench/NinoList.java 100000 > "$WORK/ninos.txt"

# Warm each JIT, then measure each in turn (one at a time, so they do not share the CPUs).
for port in $STUB_PORT $WIREMOCK_PORT $BARE_PORT; do
  wrk -t2 -c32 -d10s "http://127.0.0.1:$port/citizen/v1/citizens/$NINO" > /dev/null
done
run_wrk "Caseview stub" "http://127.0.0.1:$STUB_PORT/citizen/v1/citizens/$NINO"
run_wrk "WireMock $WIREMOCK_VERSION (defaults)" "http://127.0.0.1:$WIREMOCK_PORT/citizen/v1/citizens/$NINO"
run_wrk "Bare JDK HttpServer, virtual threads" "http://127.0.0.1:$BARE_PORT/citizen/v1/citizens/$NINO"
run_wrk "Caseview stub, 100,000 generated NINOs" "http://127.0.0.1:$STUB_PORT" "stubs/bench/many-ninos.lua"

echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
stub="$(cat "$WORK/Caseview_stub.rps")"
wiremock="$(cat "$WORK/WireMock_${WIREMOCK_VERSION}_(defaults).rps")"
bare="$(cat "$WORK/Bare_JDK_HttpServer,_virtual_threads.rps")"
awk -v s="$stub" -v w="$wiremock" -v b="$bare" 'BEGIN {
  printf "Stub / WireMock: %.1fx (target >= 3x).  Stub / bare server: %.0f%% (target >= 50%%).  Stub >= 20,000 req/s: %s\n",
         s / w, 100 * s / b, (s >= 20000 ? "yes" : "no") }'
