#!/usr/bin/env bash
# Damaged storage under load (issue 19): the site serves the FRUS records (a copy: the run changes
# it) from an index and a version store built with build-index, wrk asks distinct permalinks and
# searches the whole time, and faults are injected one after another while it does: files that are
# not records in the documents folder, flipped bytes in the index, a damaged line in the version
# store, a truncated lookup store. Then the site is restarted on what is left, as an operator would.
# Not part of the test suite (the suite's fault tests run on the small committed slice).
#
#   bash tests/load/faults.sh [documents-folder] [seconds=90] [connections=8]
#
# Reports the requests, every status wrk received, the faults with their times, how long /readyz
# said anything but ready, what the log named, and the records lost: every permalink served before
# the faults must be served after the repair and after the restart. Exits 1 on any 5xx other than
# a deliberate 503, any socket error or timeout, or any record lost.
#
# FAULTS_KEEP=1 keeps the temporary folder (the site's logs, the index and store as the run left them).
set -euo pipefail
cd "$(dirname "$0")/../.."

documents=${1:-}
seconds=${2:-90}
connections=${3:-8}
threads=2
source tests/load/lib.sh
install_missing wrk=wrk python3=python3
open_workspace
if [ "${FAULTS_KEEP:-0}" = 1 ]; then trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null; fi; echo "kept: $work"' EXIT; fi
port=$(free_port 5399)
base="http://127.0.0.1:$port"

[ -n "$documents" ] || documents=$(unpack_frus "$work")
if [ "$documents" != "$work/full" ]; then cp -r "$documents" "$work/docs" && documents="$work/docs"; fi

build_index "$documents"
index="$(state)/index"
versions="$(state)/versions"
# A rescan every 5 s as well as the watcher, so a file the watcher misses is still seen in the run.
site_args=(--Archive:RescanSeconds=5 --Serilog:MinimumLevel:Default=Information)
start_site "$port" "$documents" "${site_args[@]}"
wait_until_answers "$base/readyz" 600
served_paths "$base" | sort > "$work/before"
echo "served before the faults: $(wc -l < "$work/before") records"

distinct_paths "$base" "$documents"
paste -d'\n' "$work/detail-paths" <(head -n "$(wc -l < "$work/detail-paths")" "$work/search-paths") | sed '/^$/d' > "$work/paths"
write_status_lua "$work/faults.lua"

# /readyz every half second, for how long it said anything but ready, and what.
(while true; do
    printf '%s %s\n' "$(date +%s.%N)" "$(curl -s -o "$work/ready.body" -w '%{http_code}' "$base/readyz") $(head -c 200 "$work/ready.body" 2>/dev/null | tr '\n' ' ')"
    sleep 0.5
done) > "$work/ready.log" 2>/dev/null &
poller=$!

echo "== wrk: $threads threads, $connections connections, ${seconds}s, every URL new to the cache; faults injected meanwhile"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$work/faults.lua" "$base" -- "$work/paths" distinct "$threads" > "$work/wrk.out" 2>&1 &
wrk_pid=$!
run_start=$(date +%s.%N)
elapsed() { awk -v s="$run_start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }
faults=()
note() { faults+=("t=$(elapsed)s $*"); }
step=$((seconds / 5))

sleep "$step"
# 1. Files that are not records: a named pipe, a socket, a symbolic link to itself.
mkfifo "$documents/zz-fifo.md"
python3 -c 'import socket, sys; s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])' "$documents/zz-socket.md"
ln -s zz-loop.md "$documents/zz-loop.md"
note "a FIFO, a socket and a symlink loop put in the documents folder"

sleep "$step"
# 2. A lookup store beside the index cut to half its length.
pages="$index/pages.bin"
if [ -f "$pages" ]; then
    truncate -s $(( $(stat -c %s "$pages") / 2 )) "$pages"
    note "pages.bin cut to half its length"
fi

sleep "$step"
# 3. The version store: a line in the middle with a changed letter inside its record.
python3 - "$versions/versions.jsonl" > "$work/damaged-line" <<'PY'
import sys
path = sys.argv[1]
with open(path, 'r+b') as f:
    data = f.read()
    starts = [0] + [i + 1 for i, b in enumerate(data) if b == 10][:-1]
    line = len(starts) // 2
    at = starts[line] + (starts[line + 1] - starts[line]) * 2 // 3
    while data[at] not in b'abcdefghijklmnopqrstuvwxyz':
        at += 1
    f.seek(at); f.write(b'Q' if data[at] != ord('Q') else b'R')
    head = data[starts[line]:starts[line] + 300]
    field = lambda name: head.split(b'"' + name + b'":"')[1].split(b'"')[0].decode()
    print(line + 1, field(b'id'), field(b'version'))
PY
read -r damaged_line damaged_id damaged_version < "$work/damaged-line"
note "line $damaged_line of versions.jsonl (record $damaged_id) changed by one letter"

sleep "$step"
# 4. The index: one byte in every 4 KB of its largest .tim file flipped (the issue's own damage).
tim=$(find "$index" -name '*.tim' -printf '%s %p\n' | sort -n | tail -n 1 | cut -d' ' -f2)
python3 - "$tim" <<'PY'
import sys
path = sys.argv[1]
with open(path, 'r+b') as f:
    data = bytearray(f.read())
    for i in range(100, len(data), 4096):
        data[i] ^= 0x5A
    f.seek(0); f.write(data)
PY
note "one byte in every 4 KB of $(basename "$tim") ($(stat -c %s "$tim") bytes) flipped"

wait "$wrk_pid" || true
note "load ended"
echo "== faults"
printf '%s\n' "${faults[@]}"
grep -v -e '^STATUS' -e '^TOTALS' "$work/wrk.out"

echo "== after the load: waiting for /readyz"
wait_until_answers "$base/readyz" 900
served_paths "$base" | sort > "$work/after"
kill "$poller" 2>/dev/null || true

echo "== restart on what is left"
kill "$server"
wait "$server" 2>/dev/null || true
cp "$work/server.log" "$work/server-first.log"
started=$(date +%s%N)
start_site "$port" "$documents" "${site_args[@]}"
wait_until_answers "$base/readyz" 900
echo "ready again $(( ($(date +%s%N) - started) / 1000000 )) ms after the restart"
served_paths "$base" | sort > "$work/restarted"
versioned=$(curl -s -o /dev/null -w '%{http_code}' "$base/documents/$damaged_id/v/$damaged_version")
echo "the versioned permalink whose stored line was damaged (/documents/$damaged_id/v/$damaged_version): $versioned (200 once repaired from the documents folder)"

echo "== what the log named"
cat "$work/server-first.log" "$work/server.log" \
    | grep -i -E 'damag|corrupt|checksum|not a regular|fifo|socket|symbolic|repair|rebuil|degraded' \
    | sed -E 's/^\[[0-9:]+ //' | cut -c1-220 | sort | uniq -c | sort -rn | head -n 20

echo "== errors in the log (an unhandled exception would be here)"
cat "$work/server-first.log" "$work/server.log" | grep -E '(ERR|FTL)\]|Exception' | sed -E 's/^\[[0-9:]+ //' | cut -c1-200 | sort | uniq -c | sort -rn | head -n 15

echo "== /readyz during the run"
awk '$2 != 200 { n++; if (!first) first = $1; last = $1; reasons[$0 ~ /not ready/ ? substr($0, index($0, $3)) : $2]++ }
     END { if (n) printf "not ready for %d polls (%.1f s, from the first to the last)\n", n, last - first; else print "ready throughout" }' "$work/ready.log"
awk '$2 != 200' "$work/ready.log" | cut -d' ' -f2- | cut -c1-160 | sort | uniq -c | sort -rn | head -n 5

echo "== result"
grep '^STATUS' "$work/wrk.out" | sort -k2n | awk '{ printf "status %s: %d\n", $2, $3 }'
grep -q '^TOTALS' "$work/wrk.out" || { echo "wrk did not finish its report" >&2; exit 1; }
read -r requests connect readerr writeerr timeout < <(sed -n 's/^TOTALS requests=\([0-9]*\) connect=\([0-9]*\) read=\([0-9]*\) write=\([0-9]*\) timeout=\([0-9]*\).*/\1 \2 \3 \4 \5/p' "$work/wrk.out")
server_errors=$(awk '$1 == "STATUS" && $2 >= 500 && $2 != 503 { n += $3 } END { print n + 0 }' "$work/wrk.out")
unavailable=$(awk '$1 == "STATUS" && $2 == 503 { n += $3 } END { print n + 0 }' "$work/wrk.out")
lost_after=$(comm -23 "$work/before" "$work/after" | wc -l)
lost_restart=$(comm -23 "$work/before" "$work/restarted" | wc -l)
echo "requests: $requests; 503 (deliberate, with Retry-After): $unavailable; other 5xx: $server_errors; socket errors: connect $connect, read $readerr, write $writeerr; timeouts (10 s): $timeout"
echo "records served before: $(wc -l < "$work/before"); lost after the repair: $lost_after; lost after the restart: $lost_restart"
comm -23 "$work/before" "$work/restarted" | head -n 5 | sed 's/^/  lost: /'
[ "$server_errors" -eq 0 ] && [ $((connect + readerr + writeerr + timeout)) -eq 0 ] && [ "$lost_after" -eq 0 ] && [ "$lost_restart" -eq 0 ]
