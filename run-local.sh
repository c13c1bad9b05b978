#!/usr/bin/env bash
# Runs the whole account suite on this machine: embedded PostgreSQL, a Kafka broker, a mail server that keeps every
# mail (GreenMail) and the seven applications.
# Needs only a JDK 17+ (Maven comes through the wrapper). Options: --fresh (wipe .data first), --no-build,
# --data DIR, --port-base PORT, --production (the JVMs as deployed: default JIT, the containers' heap, JSON
# logs; slower to start, for measuring). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

build=true
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=false; else args+=("$arg"); fi
done

if $build; then
  echo "building (./mvnw -DskipTests package)…"
  ./mvnw -q -B -DskipTests package
fi

exec java -cp "local/target/classes:local/target/lib/*" io.accountsuite.local.LocalSuite "${args[@]+"${args[@]}"}"
