#!/usr/bin/env bash
# The reliability proof at full scale (issue 18): faults with two kills a process, degradation, the authorization
# matrix, 10,000 generated hostile inputs, erasure after a replay, a 10-minute soak and a real Prometheus. CI runs
# the same scenarios at short scale as part of ./mvnw verify. Writes e2e/target/reliability-report.md.
#
#   e2e/run-reliability.sh            # full scale, about 25 minutes on 2 cores
#   e2e/run-reliability.sh short      # CI's scale, about 11 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-full}"

./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp verify -pl e2e -am -Dreliability.scale="$scale" \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='io/accountsuite/e2e/reliability/*IT' -Dfailsafe.failIfNoSpecifiedTests=false
echo "report: e2e/target/reliability-report.md"
