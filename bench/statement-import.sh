#!/usr/bin/env bash
# A bank statement of the campaign month: seeds 50,000 open pledges (JDBC batches) into the embedded
# MariaDB the integration tests use, generates a 100,000-line Vietcombank CSV, and times reading it,
# matching it (preview) and storing it (import) as an accountant, next to a plain JDBC batch insert of the
# same rows; then how long the listeners take, after the import has committed, to settle the pledges and
# issue the receipts. A 20,000-line warm-up goes first. Fails if read + preview + import takes 10 s or more.
# Figures: standard output and target/bench-statement-import.txt.
# Usage: bench/statement-import.sh [-Dbench.jfr=target/import.jfr]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
status=0
./mvnw -B -q verify -Dtest=none -Dit.test=StatementImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false "$@" || status=$?
if [ -f target/bench-statement-import.txt ]; then cat target/bench-statement-import.txt; fi
exit $status
