#!/usr/bin/env bash
# Live reload under load: wrk (Debian's package, installed when missing) keeps loopback searches and
# detail pages going while the documents folder changes under the running site (records corrected,
# added and removed, a broken file dropped in), and counts the answers that were not 2xx. Issue 6
# asks for none. Not part of the test suite; writes nothing in the repository.
#
#   bash tests/load/reload.sh [seconds] [connections]
#
# The corpus is the FRUS records (../shared/corpus/frus-22k.tar.gz), unpacked to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
connections=${2:-16}
port=5198
source tests/load/lib.sh
install_missing wrk=wrk
open_workspace

documents=$(unpack_frus "$work")

start_site "$port" "$documents" --Archive:BackgroundIndexThreshold=100000
wait_until_answers "http://127.0.0.1:$port/readyz"

# The pages under load: documents that stay, and searches (new every request, so each is rendered).
curl -s "http://127.0.0.1:$port/api/documents?pageSize=100&page=7" | grep -o '"id":"[^"]*"' | sed 's/"id":"\(.*\)"/\/documents\/\1/' > "$work/paths"
for word in Khrushchev Berlin Stalin Korea Vietnam Cuba Suez treaty missile nuclear; do echo "/search?q=$word"; done >> "$work/paths"
write_rotate_lua "$work/rotate.lua"

# Files changed while wrk runs: never the documents wrk asks for.
mapfile -t victims < <(ls "$documents" | grep -v -F -f <(sed 's#/documents/##' "$work/paths" | grep -v search) | head -n 200)
change() {
    local round=0
    while true; do
        round=$((round + 1))
        local file="$documents/${victims[$((round % ${#victims[@]}))]}"
        printf '\nCorrected in reload round %d.\n' "$round" >> "$file"                    # a correction
        sed 's#\(https\?://[^ ]*\)\([[:space:]]*\)$#\1-copy'"$round"'\2#' "$file" > "$documents/added-$round.txt"  # a new record (the id comes from the URL)
        echo "not a record" > "$documents/broken-$round.txt"                            # a broken file
        [ $((round % 3)) -eq 0 ] && rm -f "$documents/added-$((round - 2)).txt"         # a removal
        sleep 3
    done
}

echo "== wrk ${seconds}s, $connections connections, while the folder changes every 3 s"
change &
changer=$!
out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/rotate.lua" "http://127.0.0.1:$port" -- "$work/paths")
kill "$changer"
echo "$out" | grep -E "Requests/sec|Non-2xx|Socket errors|99%|requests in"
reloads=$(grep -c "Documents folder checked" "$work/server.log" || true)
echo "reloads during the run: $reloads"
echo "non-2xx answers: $(sed -n 's/.*Non-2xx or 3xx responses:[[:space:]]*\([0-9]*\).*/\1/p' <<<"$out" | grep . || echo 0)"
grep -E "Reloading the documents folder failed|ERR|FTL" "$work/server.log" | head -n 5 || true
