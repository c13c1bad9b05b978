#!/usr/bin/env bash
# Runs a benchmark on this machine with the default JIT.
#   bench/run.sh all                                      the whole suite side by side: starts it as in production,
#                                                         measures, appends the table to bench/RESULTS.md, stops it
#   bench/run.sh composition|gateway|throughput|cpu|propagation|start|scale ...   some of them only
#   bench/run.sh [events] [writers]                       the transactional outbox (self-contained)
#   bench/run.sh page [requests] [clients] [gateway URL]  GET /api/account against ./run-local.sh's suite, closed loop
set -euo pipefail
cd "$(dirname "$0")/.."
main=io.accountsuite.bench.OutboxBenchmark
build=(-pl bench -am)
case "${1:-}" in
  page)
    main=io.accountsuite.bench.AccountPageBenchmark
    shift ;;
  all|composition|gateway|throughput|cpu|propagation|start|scale)
    main=io.accountsuite.bench.suite.SuiteBenchmark
    build=() ;;  # the suite's own jars too
esac
./mvnw -q -B -DskipTests install "${build[@]+"${build[@]}"}"
./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
exec java -Xmx512m -Dbench.commit="$commit" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$main" "$@"
