#!/usr/bin/env bash
# Draining the outbox: queues 10,000 messages in the embedded MariaDB the integration tests use and drains them
# through the real dispatcher (claims with FOR UPDATE SKIP LOCKED, batches of 100 over one SMTP connection each,
# outcomes recorded) to GreenMail in the same JVM, next to a plain JavaMail loop over one reused connection
# sending the same messages, in the same run (plain, outbox, plain again, after a warm-up of each).
# Fails below 500 messages/s or below half of the plain loop (goal of issue 8).
# Figures: standard output and target/bench-outbox-drain.txt.
# Usage: bench/outbox-drain.sh [-Dbench.messages=20000]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
status=0
./mvnw -B -q verify -Dtest=none -Dit.test=OutboxDrainBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false "$@" || status=$?
if [ -f target/bench-outbox-drain.txt ]; then cat target/bench-outbox-drain.txt; fi
exit $status
