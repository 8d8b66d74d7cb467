#!/usr/bin/env bash
# Soak: mixed load on loopback for a while (default ten minutes) with the server's memory sampled
# every 15 s, to show it stays flat. wrk (Debian's package, installed when missing) runs a mix of
# searches that are new on every request (so each is rendered, not served from the output cache),
# detail pages, browse pages, citation exports, API calls, unknown addresses and hostile queries.
# Not part of the test suite; writes nothing in the repository.
#
#   bash tests/load/soak.sh [minutes] [connections] [documents-folder]
#
# The default corpus is the FRUS records (../shared/corpus/frus-22k.tar.gz), unpacked to a temporary
# folder. Prints the samples (elapsed, resident, its own, mapped file pages) and the answers.
set -euo pipefail
cd "$(dirname "$0")/../.."

minutes=${1:-10}
connections=${2:-16}
documents=${3:-}
port=5197
source tests/load/lib.sh
install_missing wrk=wrk
open_workspace

[ -n "$documents" ] || documents=$(unpack_frus "$work")

start_site "$port" "$documents" --Archive:BackgroundIndexThreshold=1000000 --Serilog:MinimumLevel:Default=Warning
wait_until_answers "http://127.0.0.1:$port/readyz"
pid=$(pgrep -P "$server" -f ArchiveSite.Web.dll || echo "$server")

ids=$(curl -s "http://127.0.0.1:$port/api/documents?pageSize=100&page=3" | grep -o '"id":"[^"]*"' | sed 's/"id":"\(.*\)"/\1/')
{
    for id in $ids; do echo "/documents/$id"; done
    for id in $(head -n 20 <<<"$ids"); do echo "/documents/$id/citation.bib"; echo "/api/documents/$id"; done
    for word in Khrushchev Berlin Stalin Mao Korea Vietnam Dulles Eisenhower Kennedy Nixon Cuba Laos Suez Israel Egypt treaty missile nuclear embassy; do
        echo "/search?q=$word&fresh="; echo "/api/search?q=$word&fresh="
    done
    for page in 1 2 3 4 5; do echo "/?page=$page&fresh="; done
    echo "/search?q=%22unbalanced&fresh="; echo "/search?q=((((((((((a))))))))))&fresh="; echo "/search?q=*ab&fresh="
    echo "/documents/no-such-record"; echo "/no/such/page"; echo "/css/site.css"
} > "$work/paths"
cat > "$work/mix.lua" <<'LUA'
local paths = {}
local n = 0
init = function(args)
  for line in io.lines(args[1]) do n = n + 1; paths[n] = line end
  counter = math.random(n)
  tag = math.random(1000000)
end
request = function()
  counter = counter + 1
  local p = paths[(counter % n) + 1]
  -- "fresh=" ends the addresses that must be new on every request: never in the output cache.
  if string.sub(p, -6) == "fresh=" then p = p .. tag .. "-" .. counter end
  return wrk.format("GET", p)
end
LUA

sample() { awk -v t="$1" '/^VmRSS/ {r=$2} /^RssAnon/ {a=$2} /^RssFile/ {f=$2} END {printf "%6s s  resident %4d MB  own %4d MB  mapped files %4d MB\n", t, r/1024, a/1024, f/1024}' "/proc/$pid/status"; }
echo "== wrk ${minutes} min, $connections connections, mixed addresses; memory every 15 s"
sample 0
wrk -t2 -c"$connections" -d"${minutes}m" --timeout 10s -s "$work/mix.lua" "http://127.0.0.1:$port" -- "$work/paths" > "$work/wrk.out" &
load=$!
elapsed=0
while kill -0 "$load" 2>/dev/null; do
    sleep 15
    elapsed=$((elapsed + 15))
    kill -0 "$load" 2>/dev/null && sample "$elapsed"
done
wait "$load" || true
sleep 5
sample "end+5"
grep -E "requests in|Requests/sec|Non-2xx|Socket errors" "$work/wrk.out"
echo "server errors logged: $(grep -c -E ' (ERR|FTL)\] ' "$work/server.log" || true)"
