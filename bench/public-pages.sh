#!/usr/bin/env bash
# Public pages under load: starts the production jar in zero-setup mode (demo data, its own data
# folder, a free port), then times the addresses a visitor's phone asks for first:
#   /campaigns/<slug>            the campaign page (plain HTML, DD012)
#   /app/public-<hash>.css       its stylesheet
#   /campaigns                   the campaign list
#   /actuator/health/readiness   the load balancer's probe
# Each address: REQUESTS sequential requests (latency), then the same number with CONCURRENCY at once
# (throughput), each on a connection of its own. Only loopback is used.
# Usage: bench/public-pages.sh [REQUESTS] [CONCURRENCY] (JAR=... measures a jar built elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-300}
CONCURRENCY=${2:-8}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

jar=${JAR:-}
if [ -z "$jar" ]; then
  ./mvnw -B -q -Pproduction -DskipTests package   # a plain `package` jar has no production bundle
  jar=$PWD/target/chungtay-0.1.0-SNAPSHOT.jar
fi
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
smtp=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$work" && CHUNGTAY_DEMO=true PORT=$port SMTP_PORT=$smtp "$JAVA_HOME/bin/java" -jar "$jar" > "$work/portal.log" 2>&1) &
portal=$!
trap 'kill $portal 2>/dev/null; wait $portal 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do   # a busy machine takes minutes
  grep -q "demo pledges created" "$work/portal.log" 2>/dev/null && break
  sleep 1
done
base="http://127.0.0.1:$port"
slug=$(grep -o "demo pledges created for campaign [a-z0-9-]*" "$work/portal.log" | awk '{print $NF}' || true)
[ -n "$slug" ] || { echo "the portal did not start:"; tail -20 "$work/portal.log"; exit 1; }

measure() {
  local name=$1 url=$2
  for _ in $(seq 1 20); do curl -s -o /dev/null "$url"; done   # warm up
  seq 1 "$REQUESTS" | while read -r _; do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n > "$work/t"
  local p50 p95 start end
  p50=$(awk -v n="$REQUESTS" 'NR==int(n*0.5){printf "%.1f", $1*1000}' "$work/t")
  p95=$(awk -v n="$REQUESTS" 'NR==int(n*0.95){printf "%.1f", $1*1000}' "$work/t")
  start=$(date +%s.%N)
  seq 1 "$REQUESTS" | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null "$url"
  end=$(date +%s.%N)
  printf '%-28s p50 %6s ms  p95 %6s ms  %6.0f req/s with %d at once\n' "$name" "$p50" "$p95" \
    "$(echo "$REQUESTS / ($end - $start)" | bc -l)" "$CONCURRENCY"
}

echo "Chung Tay public pages, $REQUESTS requests each, $(nproc) cores, $(date -u +%F)"
stylesheet=$(curl -s "$base/campaigns/$slug" | grep -o '/app/public-[0-9a-f]*\.css' | head -1)
measure "campaign page" "$base/campaigns/$slug"
measure "its stylesheet" "$base$stylesheet"
measure "campaign list" "$base/campaigns"
measure "readiness probe" "$base/actuator/health/readiness"
