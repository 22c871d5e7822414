#!/usr/bin/env bash
# The staff pledge pipeline with 100,000 pledges: seeds them with JDBC batches into the embedded
# MariaDB the integration tests use, then times what the grid asks for on opening (a count and a
# page of 50), unfiltered and filtered, as a fund manager of the province. Fails if a first page
# takes 300 ms or more. Figures: standard output and target/bench-pledge-list.txt.
# Usage: bench/pledge-list.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q verify -Dtest=none -Dit.test=PledgeListBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false
cat target/bench-pledge-list.txt
