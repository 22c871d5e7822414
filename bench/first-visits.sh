#!/usr/bin/env bash
# What a visitor from a newspaper link costs the server: starts the production jar in zero-setup mode
# (demo data, its own data folder, a free port), warms it up, then has VISITS fresh headless Chromium
# browsers (a new profile each, as a first-time visitor) load a public campaign page with everything it
# pulls in, keeping it open SETTLE seconds (default 4), and then the same browsers load it once more (a
# repeat visitor). Reported per visit, read
# from the JVM itself:
#   CPU ms  the portal process's user+system CPU (/proc/<pid>/stat), less what it burns when idle
#           (scheduled jobs) over the same wall time
#   heap kB heap in use after a forced full GC (jcmd GC.run, GC.heap_info), after minus before: what
#           visits leave behind, such as sessions
# Only loopback is used. Usage: bench/first-visits.sh [VISITS] [PATH]
# (PATH defaults to the demo campaign's page; JAR=... measures a jar built elsewhere, without building.)
set -euo pipefail
cd "$(dirname "$0")/.."
VISITS=${1:-40}
SETTLE=${SETTLE:-4}
PAGE=${2:-}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

jar=${JAR:-}
if [ -z "$jar" ]; then
  ./mvnw -B -q -Pproduction -DskipTests package   # a plain `package` jar has no production bundle
  jar=$PWD/target/chungtay-0.1.0-SNAPSHOT.jar
fi
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
smtp=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$work" && exec env CHUNGTAY_DEMO=true PORT=$port SMTP_PORT=$smtp "$JAVA_HOME/bin/java" -jar "$jar" > "$work/portal.log" 2>&1) &
portal=$!
trap 'kill $portal 2>/dev/null; wait $portal 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do   # a busy machine takes minutes
  grep -q "demo pledges created" "$work/portal.log" 2>/dev/null && break
  sleep 1
done
slug=$(grep -o "demo pledges created for campaign [a-z0-9-]*" "$work/portal.log" | awk '{print $NF}' || true)
[ -n "$slug" ] || { echo "the portal did not start:"; tail -20 "$work/portal.log"; exit 1; }
url="http://127.0.0.1:$port${PAGE:-/campaigns/$slug}"
ticks=$(getconf CLK_TCK)

cpu_ms() {   # utime + stime of the portal, in ms
  awk -v t="$ticks" '{print ($14 + $15) * 1000 / t}' "/proc/$portal/stat"
}
heap_kb() {  # heap in use after a full GC, in kB
  jcmd "$portal" GC.run > /dev/null
  jcmd "$portal" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9
}
# headless Chromium in a phone-sized window; a profile of its own is added per visit
chromium=("$CHROMIUM" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync --window-size=375,812)
check() {    # loads the page once and keeps what it rendered, to see that the portal answers as expected
  "${chromium[@]}" --user-data-dir="$1" --virtual-time-budget=5000 --dump-dom "$url" > "$work/dom.html" 2> /dev/null
}
visit() {    # one visit with the profile in $1: the page stays open SETTLE seconds, then the phone goes dark
  # (the browser is killed and sends no "page closed" message, as a phone put away does not)
  setsid "${chromium[@]}" --user-data-dir="$1" "$url" > /dev/null 2>&1 &
  local group=$!
  sleep "$SETTLE"
  kill -9 -- -"$group" 2> /dev/null || true
  wait "$group" 2> /dev/null || true
}
round() {    # round NAME: VISITS visits, one profile each (created on the first round, kept after)
  local name=$1 cpu0 heap0 start cpu1 end heap1
  heap0=$(heap_kb); cpu0=$(cpu_ms); start=$(date +%s.%N)
  for i in $(seq 1 "$VISITS"); do visit "$work/profile-$i"; done
  cpu1=$(cpu_ms); end=$(date +%s.%N); heap1=$(heap_kb)
  printf '%-16s %7.1f ms CPU  %7.1f kB heap per visit  (%d visits, %.1f s)\n' "$name" \
    "$(echo "($cpu1 - $cpu0 - $idle_rate * ($end - $start)) / $VISITS" | bc -l)" \
    "$(echo "($heap1 - $heap0) / $VISITS" | bc -l)" "$VISITS" "$(echo "$end - $start" | bc -l)"
}

for i in $(seq 1 10); do check "$work/warm-$i"; done   # warm up: JIT, caches, connection pool
rm -rf "$work"/warm-*
grep -q "public-campaign-name" "$work/dom.html" || { echo "the page did not render:"; head -c 2000 "$work/dom.html"; exit 1; }
heap_kb > /dev/null; c0=$(cpu_ms); s0=$(date +%s.%N); sleep 10; c1=$(cpu_ms); s1=$(date +%s.%N)
idle_rate=$(echo "($c1 - $c0) / ($s1 - $s0)" | bc -l)

echo "Chung Tay $url, $(nproc) cores, $(date -u +%F)"
printf 'idle             %7.1f ms CPU per second\n' "$idle_rate"
round "first visit"
round "repeat visit"
