#!/usr/bin/env bash
# What a visitor from a newspaper link costs the server: starts the production jar in zero-setup mode
# (demo data, its own data folder, a free port), warms it up as the first minutes of launch day would
# (WARMUP page views with everything the page pulls in and as many revalidations, by curl with
# Chromium's headers, then 10 browser visits), then has VISITS fresh headless Chromium browsers (a new
# profile each, as a first-time visitor) arrive one every INTERVAL seconds (default 2) and load a public campaign page with everything it pulls
# in, each keeping it open SETTLE seconds (default 6); then the same browsers come back the same way (a
# repeat visitor). Reported per visit, read from the JVM itself:
#   CPU serving        CPU time of the threads that serve visitors (Tomcat's and the garbage collector's),
#                      exact per thread (schedstat), less those threads' idle rate over the same wall time
#   CPU whole process  user+system CPU of the whole process (/proc/<pid>/stat), less its idle rate; a check,
#                      as the background (compilers, H2, Quartz, timers) varies by more than a visit costs
#   heap kB            heap in use after a forced full GC (jcmd GC.run, GC.heap_info), after minus before:
#                      what visits leave behind, such as sessions
# The idle rates are measured for IDLE seconds (default 20) just before and just after each round.
# and what the browsers asked for (from the portal's access log), to see that every visit loaded fully.
# Only loopback is used. Usage: bench/first-visits.sh [VISITS] [PATH]
# (PATH defaults to the demo campaign's page; JAR=... measures a jar built elsewhere, without building;
# PUBLIC_PAGE_CACHE_SECONDS=0 measures a render per visit; DETAIL=1 adds the CPU by thread group, not less idle;
# a relative JAR is taken from the project's root.)
set -euo pipefail
cd "$(dirname "$0")/.."
VISITS=${1:-40}
SETTLE=${SETTLE:-6}
INTERVAL=${INTERVAL:-2}
WARMUP=${WARMUP:-2000}
PAGE=${2:-}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

jar=${JAR:+$(realpath "$JAR")}   # absolute: the portal starts in a folder of its own
if [ -z "$jar" ]; then
  ./mvnw -B -q -Pproduction -DskipTests package   # a plain `package` jar has no production bundle
  jar=$PWD/target/chungtay-0.1.0-SNAPSHOT.jar
fi
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
smtp=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$work" && exec env CHUNGTAY_DEMO=true PORT=$port SMTP_PORT=$smtp SERVER_TOMCAT_ACCESSLOG_ENABLED=true \
  SERVER_TOMCAT_ACCESSLOG_DIRECTORY="$work" SERVER_TOMCAT_ACCESSLOG_PREFIX=access SERVER_TOMCAT_ACCESSLOG_ROTATE=false \
  SERVER_TOMCAT_ACCESSLOG_BUFFERED=false SERVER_TOMCAT_ACCESSLOG_PATTERN='%s %U %{User-Agent}i' \
  "$JAVA_HOME/bin/java" -jar "$jar" > "$work/portal.log" 2>&1) &
portal=$!
trap 'kill $portal 2>/dev/null; wait $portal 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do   # a busy machine takes minutes
  grep -q "demo pledges created" "$work/portal.log" 2>/dev/null && break
  sleep 1
done
slug=$(grep -o "demo pledges created for campaign [a-z0-9-]*" "$work/portal.log" | awk '{print $NF}' || true)
[ -n "$slug" ] || { echo "the portal did not start:"; tail -20 "$work/portal.log"; exit 1; }
url="http://127.0.0.1:$port${PAGE:-/campaigns/$slug}"

cpu_ms() {   # utime + stime of the portal, in ms (threads that have ended included)
  awk -v t="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / t}' "/proc/$portal/stat"
}
snapshot() { # one line per live thread: id, name without its number, ns on a CPU (schedstat: exact, not in ticks)
  local t ns _
  for t in /proc/$portal/task/*; do
    read -r ns _ < "$t/schedstat" 2> /dev/null || continue
    printf '%s\t%s\t%s\n' "${t##*/}" "$(sed 's/[0-9#-]*$//' "$t/comm" 2> /dev/null)" "$ns"
  done
}
spent() {    # spent BEFORE AFTER [GROUPS]: ms on a CPU between two snapshots by the threads whose name matches
  # GROUPS (a regular expression; default: those that serve visitors, Tomcat's and the garbage collector's),
  # or with GROUPS=by-group one line per thread group; a thread that started in between counts whole
  awk -F'\t' -v groups="${3:-$SERVING}" 'NR == FNR {ns[$1] = $3; next}
    {d = $3 - ns[$1]; if (groups == "by-group") g[$2] += d; else if ($2 ~ groups) sum += d}
    END {if (groups == "by-group") for (k in g) printf "%s\t%.1f\n", k, g[k] / 1e6; else printf "%.1f\n", sum / 1e6}' "$1" "$2"
}
SERVING='^(http-nio|GC Thread|G1 )'
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
warm() {     # WARMUP page views by curl, each on a connection of its own with the page's files, and as
  # many revalidations by repeat visitors, with the headers Chromium sends: other headers take other
  # branches in header parsing and content negotiation, which the JIT would compile only when the browsers came
  local base="http://127.0.0.1:$port" css icon etag
  css=$base$(grep -o '"/app/[^"]*\.css"' "$work/dom.html" | tr -d '"' | head -1)
  icon=$base$(grep -o '"/app/[^"]*\.svg"' "$work/dom.html" | tr -d '"' | head -1)
  local browser=(-H 'Connection: keep-alive' -H 'sec-ch-ua: "Chromium";v="156"' -H 'sec-ch-ua-mobile: ?0'
    -H 'sec-ch-ua-platform: "Linux"' -A 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36'
    -H 'Accept-Encoding: gzip, deflate, br, zstd' -H 'Accept-Language: en-US,en;q=0.9')
  local page=("${browser[@]}" -H 'Upgrade-Insecure-Requests: 1' -H 'Sec-Fetch-Site: none' -H 'Sec-Fetch-Mode: navigate'
    -H 'Sec-Fetch-User: ?1' -H 'Sec-Fetch-Dest: document'
    -H 'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7')
  local file=("${browser[@]}" -H 'Sec-Fetch-Site: same-origin' -H 'Sec-Fetch-Mode: no-cors' -H "Referer: $url")
  for _ in $(seq 1 "$WARMUP"); do
    etag=$(curl -s "${page[@]}" -D - -o /dev/null "$url" \
      --next -s "${file[@]}" -H 'Accept: text/css,*/*;q=0.1' -H 'Sec-Fetch-Dest: style' -o /dev/null "$css" \
      --next -s "${file[@]}" -H 'Accept: image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8' \
        -H 'Sec-Fetch-Dest: image' -o /dev/null "$icon" | sed -n 's/^ETag: *//Ip' | head -1 | tr -d '\r')
    curl -s "${page[@]}" -H "If-None-Match: $etag" -o /dev/null "$url"
  done
}
visit() {    # one visit with the profile in $1: the page stays open SETTLE seconds, then the browser is
  # closed; it keeps its cache for the repeat visit, as a phone does (a killed Chromium often loses what it
  # cached, which made "repeat" visits first visits again). The plain pages send nothing when closed.
  setsid "${chromium[@]}" --user-data-dir="$1" "$url" > /dev/null 2>&1 &
  local group=$! _
  sleep "$SETTLE"
  kill -TERM -- -"$group" 2> /dev/null || true
  for _ in $(seq 1 50); do kill -0 "$group" 2> /dev/null || break; sleep 0.2; done
  kill -9 -- -"$group" 2> /dev/null || true
  wait "$group" 2> /dev/null || true
}
idle() {     # idle FILE: what the portal burns alone (scheduled jobs, the compilers) over IDLE seconds, in ms of
  # CPU per second: the serving threads, then the whole process
  local c0 s0 seconds
  snapshot > "$work/idle0"; c0=$(cpu_ms); s0=$(date +%s.%N); sleep "${IDLE:-20}"
  snapshot > "$work/idle1"; seconds=$(echo "$(date +%s.%N) - $s0" | bc -l)
  echo "$(spent "$work/idle0" "$work/idle1") / $seconds" | bc -l > "$1"
  echo "($(cpu_ms) - $c0) / $seconds" | bc -l >> "$1"
}
round() {    # round NAME: VISITS visits arriving INTERVAL s apart, one profile each (created on the first round, kept after)
  local name=$1 cpu0 heap0 start cpu1 end heap1 visits=() logged seconds serving process
  heap0=$(heap_kb); idle "$work/before"; logged=$(cat "$work"/access*.log | wc -l)
  snapshot > "$work/round0"; cpu0=$(cpu_ms); start=$(date +%s.%N)
  for i in $(seq 1 "$VISITS"); do visit "$work/profile-$i" & visits+=($!); sleep "$INTERVAL"; done
  wait "${visits[@]}"
  snapshot > "$work/round1"; cpu1=$(cpu_ms); end=$(date +%s.%N); idle "$work/after"; heap1=$(heap_kb)
  seconds=$(echo "$end - $start" | bc -l)
  # per visit, less the idle rate (the mean of the windows before and after) over the round's wall time
  serving=$(echo "($(spent "$work/round0" "$work/round1") - ($(sed -n 1p "$work/before") + $(sed -n 1p "$work/after")) / 2 * $seconds) / $VISITS" | bc -l)
  process=$(echo "($cpu1 - $cpu0 - ($(sed -n 2p "$work/before") + $(sed -n 2p "$work/after")) / 2 * $seconds) / $VISITS" | bc -l)
  printf '%-14s %6.1f ms CPU serving  %6.1f ms CPU whole process  %6.1f kB heap   per visit\n' "$name" "$serving" "$process" \
    "$(echo "($heap1 - $heap0) / $VISITS" | bc -l)"
  printf '               (%d visits in %.0f s; the whole process burnt %.1f and %.1f ms/s when idle before and after)\n' \
    "$VISITS" "$seconds" "$(sed -n 2p "$work/before")" "$(sed -n 2p "$work/after")"
  cat "$work"/access*.log | tail -n +"$((logged + 1))" | grep Chrome | sed -E 's/-[0-9a-f]{32}\./-<hash>./' | awk '{n[$1 " " $2]++} END {for (k in n) printf "    %3d x %s\n", n[k], k}' | sort -k4
  [ -z "${DETAIL:-}" ] || spent "$work/round0" "$work/round1" by-group | sort |
    awk -F'\t' -v n="$VISITS" '$2 >= n / 10 {printf "    %-24s %7.1f ms per visit\n", $1, $2 / n}'
}

check "$work/warm-0"   # the first visit, to see that the portal answers as expected
grep -q "public-campaign-name" "$work/dom.html" || { echo "the page did not render:"; head -c 2000 "$work/dom.html"; exit 1; }
warm                  # then warm up: JIT, caches, connection pool
for i in $(seq 1 10); do check "$work/warm-$i"; done
rm -rf "$work"/warm-*
sleep 10              # the compilers finish what the warm-up queued

echo "Chung Tay $url, $(nproc) cores, $(date -u +%F), $WARMUP warm-up views, a visitor every $INTERVAL s"
round "first visit"
round "repeat visit"
