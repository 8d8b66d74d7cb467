#!/usr/bin/env bash
# Several instances of the site serving the same read-only index behind nginx (Debian's package) on
# loopback, under wrk load, while instances are killed: does any request fail? Not part of the
# test suite.
#
#   bash tests/load/replicas.sh [documents-folder] [instances=3] [seconds=30] [connections=32]
#
# What it does, all in a temporary folder (nothing is written in the repository):
#   1. installs Debian's nginx and wrk when missing (apt-get, via sudo when not root);
#   2. publishes the site once (Release); the default corpus is the FRUS records
#      (../shared/corpus/frus-22k.tar.gz), unpacked into the temporary folder;
#   3. builds the index and version store once, as an artifact (`dotnet ArchiveSite.Web.dll
#      build-index`), and starts N instances on 127.0.0.1 that all serve it with
#      --Archive:ReadOnly=true, one after the other, timing each start; each believes
#      X-Forwarded-For and X-Forwarded-Proto from nginx (--ForwardedHeaders:KnownProxies:0=127.0.0.1),
#      which is checked on instance 1, and from no other address (rate limits off all the same:
#      wrk is one client, 127.0.0.1, and would have one bucket);
#   4. runs nginx as the current user in front of them (retries on error, timeout, 502/503/504;
#      it sends X-Forwarded-For and X-Forwarded-Proto);
#   5. runs wrk through nginx on a rotation of search, detail and browse pages, and meanwhile
#      kills instance 1 with SIGKILL at a third of the run (and starts it again at once), and
#      stops instance 2 with SIGTERM at two thirds (when 3 or more instances run, or when
#      instance 1 is back);
#   6. reports wrk's totals, every status, socket errors and timeouts, the requests each instance
#      answered and the ones nginx retried elsewhere, each instance's resident memory, and whether
#      the artifact's files are unchanged; exits 1 if any request failed or the artifact changed.
# Every process it started is stopped on exit.
#
# Environment:
#   REPLICAS_PORT   nginx's port (default 5380); instance i listens on REPLICAS_PORT + i.
#   REPLICAS_DISTINCT  1: the rotation is every permalink and distinct searches (as distinct.sh
#                   makes them), alternating, each wrk thread on its own stride: no URL is asked
#                   twice, so no instance's output cache ever answers (issue 18).
#   REPLICAS_KEEP   1 keeps the temporary folder (logs, nginx's access log) and prints its path.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/load/lib.sh

documents=${1:-}
instances=${2:-3}
seconds=${3:-30}
connections=${4:-32}
threads=2
port=${REPLICAS_PORT:-5380}
[ "$instances" -ge 2 ] || { echo "at least 2 instances, so one can be killed" >&2; exit 2; }
[ "$seconds" -ge 9 ] || { echo "at least 9 seconds, so the kills fall inside the run" >&2; exit 2; }

work=$(mktemp -d)
started=() # every process this script started, for cleanup
pids=()    # the running process of each instance, by number
cleanup() {
    local pid
    for pid in "${started[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${started[@]}"; do
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    if [ "${REPLICAS_KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    # Debian's nginx package starts a system nginx on port 80 where services may start; this
    # script never uses it and runs its own.
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

for p in $(seq "$port" $((port + instances))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        echo "port $p is in use; set REPLICAS_PORT to another base port" >&2
        exit 2
    fi
done

if [ -z "$documents" ]; then
    tar -xzf ../shared/corpus/frus-22k.tar.gz -C "$work"
    documents="$work/full"
fi
documents=$(cd "$documents" && pwd)

echo "== publishing (Release)"
# Intermediate files go to the work folder too (--artifacts-path), not to bin/ and obj/ in the checkout.
dotnet publish src/ArchiveSite.Web -c Release -o "$work/app" --artifacts-path "$work/build" -nologo -v quiet >/dev/null

# The artifact: built once below, served read-only by every instance.
index="$work/artifact/index"
versions="$work/artifact/versions"

# A fingerprint of every file of the artifact (path, size, modification time), to show afterwards
# that the instances wrote nothing there.
artifact_fingerprint() { (cd "$work/artifact" && find . -printf '%p %s %T@\n' | sort | sha256sum | cut -c1-16); }

echo "== building the index once from $documents"
start=$(date +%s.%N)
(cd "$work/app" && dotnet ArchiveSite.Web.dll build-index --Archive:DocumentsPath="$documents" \
    --Archive:IndexPath="$index" --Archive:VersionsPath="$versions") > "$work/build-index.log" 2>&1 \
    || { cat "$work/build-index.log" >&2; exit 1; }
tail -n 3 "$work/build-index.log"
echo "artifact: $(du -sh "$work/artifact" | cut -f1) (index $(du -sh "$index" | cut -f1), version store $(du -sh "$versions" | cut -f1)) in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s"
artifact_before=$(artifact_fingerprint)

# Starts instance $1 in the background; its log is instance-$1.log (appended to on restart).
start_instance() {
    local i=$1
    (cd "$work/app" && exec dotnet ArchiveSite.Web.dll --urls "http://127.0.0.1:$((port + i))" \
        --Archive:IndexPath="$index" --Archive:VersionsPath="$versions" --Archive:ReadOnly=true --RateLimits:Enabled=false \
        --ForwardedHeaders:KnownProxies:0=127.0.0.1 \
        --Serilog:MinimumLevel:Default=Warning --Serilog:MinimumLevel:Override:ArchiveSite=Information \
        --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning) >> "$work/instance-$i.log" 2>&1 &
    pids[i]=$!
    started+=($!)
}

# Waits until instance $1 answers (the catalogue is loaded before the site listens).
wait_ready() {
    local i=$1
    for _ in $(seq 1 1200); do
        curl -sf -o /dev/null "http://127.0.0.1:$((port + i))/robots.txt" && return 0
        kill -0 "${pids[i]}" 2>/dev/null || { echo "instance $i stopped:" >&2; tail -n 20 "$work/instance-$i.log" >&2; return 1; }
        sleep 0.5
    done
    echo "instance $i did not answer within 10 minutes" >&2
    return 1
}

echo "== starting $instances read-only instances on 127.0.0.1:$((port + 1))-$((port + instances))"
for i in $(seq 1 "$instances"); do
    # One after the other, so that each start time is its own.
    start=$(date +%s.%N)
    start_instance "$i"
    wait_ready "$i"
    echo "instance $i (pid ${pids[i]}) ready in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s"
done

# The proxy's headers are believed from nginx's address and from no other: HTTPS forwarded from
# 127.0.0.1 gets HSTS, the same from 127.0.0.2 (loopback too, but not the configured proxy) does not.
# (HSTS is never sent to the host 127.0.0.1 itself, hence a Host header.)
hsts_from() {
    curl -s -o /dev/null -D - --interface "$1" -H 'Host: archive.example.org' -H 'X-Forwarded-Proto: https' \
        "http://127.0.0.1:$((port + 1))/robots.txt" | grep -ci '^strict-transport-security:' || true
}
if [ "$(hsts_from 127.0.0.1)" = 1 ] && [ "$(hsts_from 127.0.0.2)" = 0 ]; then
    echo "forwarded headers: believed from 127.0.0.1 (nginx), ignored from 127.0.0.2"
else
    echo "forwarded headers: instance 1 does not believe exactly 127.0.0.1 (HSTS from 127.0.0.1: $(hsts_from 127.0.0.1), from 127.0.0.2: $(hsts_from 127.0.0.2))" >&2
    exit 1
fi

echo "== starting nginx on 127.0.0.1:$port"
mkdir -p "$work/nginx/temp"
{
    echo "daemon off;"
    echo "worker_processes 1;"
    # Only a master started as root switches users; keep its workers as the current user too, so
    # they can write the temporary folders.
    [ "$(id -u)" -eq 0 ] && echo "user $(id -un) $(id -gn);"
    echo "pid $work/nginx/nginx.pid;"
    echo "error_log $work/nginx/error.log warn;"
    echo "events { worker_connections 4096; }"
    echo "http {"
    echo "    log_format replicas '\$msec|\$status|\$request_time|\$upstream_addr|\$upstream_status|\$request_uri';"
    echo "    access_log $work/nginx/access.log replicas buffer=256k flush=1s;"
    for kind in client_body proxy fastcgi uwsgi scgi; do echo "    ${kind}_temp_path $work/nginx/temp/$kind;"; done
    echo "    upstream archivesite {"
    for i in $(seq 1 "$instances"); do
        # One failure takes an instance out of the rotation for 3 s, then one request tries it again.
        echo "        server 127.0.0.1:$((port + i)) max_fails=1 fail_timeout=3s;"
    done
    echo "        keepalive 32;"
    echo "    }"
    echo "    server {"
    echo "        listen 127.0.0.1:$port;"
    echo "        location / {"
    echo "            proxy_pass http://archivesite;"
    echo "            proxy_http_version 1.1;"
    echo "            proxy_set_header Connection \"\";"
    echo "            proxy_set_header Host \$http_host;"
    echo "            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
    echo "            proxy_set_header X-Forwarded-Proto \$scheme;"
    echo "            proxy_connect_timeout 1s;"
    echo "            proxy_read_timeout 30s;"
    # GET and HEAD are retried on another instance; nginx never retries a POST (non_idempotent is off).
    echo "            proxy_next_upstream error timeout http_502 http_503 http_504;"
    echo "            proxy_next_upstream_tries $instances;"
    echo "            proxy_next_upstream_timeout 10s;"
    echo "        }"
    echo "    }"
    echo "}"
} > "$work/nginx/nginx.conf"
"$nginx_bin" -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log"
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
started+=($!)
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/robots.txt" && break; sleep 0.2; done

# The rotation: searches (words × years, and phrases), documents, and browse pages.
base="http://127.0.0.1:$port"
for page in 1 7 42 100 200; do
    curl -sf "$base/api/documents?pageSize=100&page=$page" | { grep -o '"id":"[^"]*"' || true; } | sed 's/"id":"\(.*\)"/\/documents\/\1/'
done > "$work/paths"
[ -s "$work/paths" ] || { echo "no document ids from /api/documents" >&2; exit 1; }
for word in Khrushchev Berlin Stalin Mao Korea Vietnam Dulles Eisenhower Kennedy Nixon Cuba Laos Suez Israel Egypt Iran Taiwan Japan Germany France NATO treaty missile nuclear embassy; do
    for year in 1950 1955 1960 1965 1970; do echo "/search?q=$word&from=$year&to=$((year + 4))"; done
done >> "$work/paths"
for q in '"atomic+energy"' 'Zhou+Enlai' 'disarm*' 'nuclear+test+ban' 'Suez&f.year=1956' 'Berlin&sort=date'; do echo "/search?q=$q"; done >> "$work/paths"
for page in $(seq 1 40); do echo "/?page=$page"; done >> "$work/paths"
distinct=${REPLICAS_DISTINCT:-0}
if [ "$distinct" = 1 ]; then
    distinct_paths "$base" "$documents"
    paste -d'\n' "$work/detail-paths" <(head -n "$(wc -l < "$work/detail-paths")" "$work/search-paths") | sed '/^$/d' > "$work/paths"
fi
echo "rotation: $(grep -c '^/documents/' "$work/paths") documents, $(grep -c '^/search' "$work/paths") searches, $(grep -c '^/?page' "$work/paths") browse pages"

write_status_lua "$work/replicas.lua"

# Warm every instance a little (first JIT), not the cache: one request each, straight to it.
for i in $(seq 1 "$instances"); do curl -s -o /dev/null "http://127.0.0.1:$((port + i))/search?q=warm"; done

echo "== wrk through nginx: $threads threads, $connections connections, ${seconds}s"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$work/replicas.lua" "$base" -- "$work/paths" "$([ "$distinct" = 1 ] && echo distinct)" "$threads" > "$work/wrk.out" 2>&1 &
wrk_pid=$!
started+=($wrk_pid)
run_start=$(date +%s.%N)
elapsed() { awk -v s="$run_start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }
events=()
note() { events+=("t=$(elapsed)s $*"); }

sleep $((seconds / 3))
kill_time=$(date +%s.%N)
kill -KILL "${pids[1]}"
{ wait "${pids[1]}"; } 2>/dev/null || true # no "Killed" line from bash
note "instance 1 (pid ${pids[1]}) killed with SIGKILL"
start_instance 1
note "instance 1 starting again (pid ${pids[1]})"
# When it answers again (a poller of its own, so the run goes on meanwhile).
(wait_ready 1 >/dev/null 2>&1 && date +%s.%N > "$work/instance-1.back") &
started+=($!)

sleep $((seconds / 3))
if [ "$instances" -ge 3 ] || curl -sf -o /dev/null "http://127.0.0.1:$((port + 1))/robots.txt"; then
    term_pid=${pids[2]}
    kill -TERM "$term_pid"
    note "instance 2 (pid $term_pid) sent SIGTERM"
    for _ in $(seq 1 300); do kill -0 "$term_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$term_pid" 2>/dev/null; then note "instance 2 still running 30 s after SIGTERM"; else
        wait "$term_pid" && status=0 || status=$?
        note "instance 2 exited with status $status"
    fi
else
    note "instance 2 left running: instance 1 is not back yet and no other would serve"
fi

wait "$wrk_pid" || true
sleep 1.5 # nginx flushes its access log every second
cat "$work/wrk.out" | grep -v -e '^STATUS' -e '^TOTALS'
echo "== events"
printf '%s\n' "${events[@]}"

echo "== per instance (nginx's access log: the instance that answered each request)"
back=$(cat "$work/instance-1.back" 2>/dev/null || echo 0)
awk -F'|' -v kill="$kill_time" -v back="$back" -v port="$port" -v instances="$instances" -v one="127.0.0.1:$((port + 1))" '
    { n = split($4, tried, /, /); last = tried[n]
      # 499: wrk closed the connection before the answer came (the requests in flight at the end).
      if ($2 == 499) { closed++; unanswered[last]++ } else answered[last]++
      if (n > 1) { retried++; first[tried[1]]++ }
      if (back > 0 && $1 > back && last == one && $2 != 499) again++
      if ($2 >= 400 && $2 != 499) errors[$2]++ }
    END {
      for (i = 1; i <= instances; i++) { a = "127.0.0.1:" (port + i); printf "instance %d (%s) answered %d requests%s\n", i, a, answered[a], unanswered[a] ? sprintf(" (and %d still in flight when wrk stopped)", unanswered[a]) : "" }
      printf "retried on another instance: %d requests\n", retried
      for (i = 1; i <= instances; i++) { a = "127.0.0.1:" (port + i); if (first[a]) printf "  first tried on instance %d: %d\n", i, first[a] }
      if (back > 0) printf "instance 1 answered again %.1f s after the kill, %d requests answered since\n", back - kill, again
      else print "instance 1 was not back within the run"
      for (s in errors) printf "nginx answered %s: %d\n", s, errors[s]
      if (closed) printf "closed by wrk before the answer (499, in flight at the end of the run): %d\n", closed }' "$work/nginx/access.log"
grep -h -E '\[(error|crit|alert|emerg)\]' "$work/nginx/error.log" | sed -E 's/^[0-9\/: ]+//; s/, client:.*//; s/^\[error\] [0-9]+#[0-9]+: \*[0-9]+ //' \
    | sort | uniq -c | sort -rn | head -n 5 | sed 's/^/nginx error log: /' || true

for i in $(seq 1 "$instances"); do
    rss=$(ps -o rss= -p "${pids[i]}" 2>/dev/null | tr -d ' ') && echo "instance $i resident memory: $((rss / 1024)) MB" || true
done

echo "== result"
grep '^STATUS' "$work/wrk.out" | sort -k2n | awk '{ printf "status %s: %d\n", $2, $3 }'
grep -q '^TOTALS' "$work/wrk.out" || { echo "wrk did not finish its report" >&2; exit 1; }
read -r requests connect readerr writeerr timeout < <(sed -n 's/^TOTALS requests=\([0-9]*\) connect=\([0-9]*\) read=\([0-9]*\) write=\([0-9]*\) timeout=\([0-9]*\).*/\1 \2 \3 \4 \5/p' "$work/wrk.out")
bad_status=$(awk '$1 == "STATUS" && ($2 < 200 || $2 >= 400) { n += $3 } END { print n + 0 }' "$work/wrk.out")
failed=$((bad_status + connect + readerr + writeerr + timeout))
echo "requests: $requests; not 2xx/3xx: $bad_status; socket errors: connect $connect, read $readerr, write $writeerr; timeouts (10 s): $timeout"
echo "failed requests: $failed"
if [ "$(artifact_fingerprint)" = "$artifact_before" ]; then echo "artifact unchanged by the instances"; else echo "artifact CHANGED during the run"; exit 1; fi
[ "$failed" -eq 0 ]
