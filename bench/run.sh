#!/usr/bin/env bash
# Runs a benchmark on this machine with the default JIT.
#   bench/run.sh [events] [writers]                       the transactional outbox (self-contained)
#   bench/run.sh page [requests] [clients] [gateway URL]  GET /api/account against ./run-local.sh's suite
set -euo pipefail
cd "$(dirname "$0")/.."
main=io.accountsuite.bench.OutboxBenchmark
if [ "${1:-}" = page ]; then
  main=io.accountsuite.bench.AccountPageBenchmark
  shift
fi
./mvnw -q -B -DskipTests install -pl bench -am
./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cd bench
exec java -Xmx512m -cp "target/classes:$(cat target/classpath.txt)" "$main" "$@"
