#!/usr/bin/env bash
# How long the ledger takes to book an imported statement's payments as gifts (5,000 by default, 250 per
# transaction as the listener does), and to allocate disbursements to 2,000 of them, on the embedded MariaDB
# the integration tests use. Figures: standard output and target/bench-ledger-gifts.txt.
# Usage: bench/ledger-gifts.sh [-Dbench.payments=47000]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
status=0
./mvnw -B -q verify -Dtest=none -Dit.test=GiftFeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false "$@" || status=$?
if [ -f target/bench-ledger-gifts.txt ]; then cat target/bench-ledger-gifts.txt; fi
exit $status
