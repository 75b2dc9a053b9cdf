#!/usr/bin/env bash
# The stub at full scale with the heap capped at 512 MB: random citizens from all 15 million over
# every API, trace latency (p50/p99) over the 1-million-citizen index, and the heap used.
# Usage: stubs/bench/scale-check.sh [requests=20000] [traces=2000]
set -euo pipefail
cd "$(dirname "$0")/../.."
source stubs/bench/java25.sh
./mvnw -q -Pbench -pl benchmarks -am package -DskipTests
exec "$JAVA" -Xmx512m -cp benchmarks/target/benchmarks.jar uk.caseview.bench.stubs.ScaleCheck "$@"
