#!/usr/bin/env bash
# Runs a benchmark on this machine with the default JIT. Usage: bench/run.sh [events] [writers]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install -pl bench -am
./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cd bench
exec java -Xmx512m -cp "target/classes:$(cat target/classpath.txt)" io.accountsuite.bench.OutboxBenchmark "$@"
