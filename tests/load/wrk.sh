#!/usr/bin/env bash
# HTTP load on loopback with wrk (Debian's package, installed when missing): the search page, the
# detail page, and a static file of the same size as each, in one run against one server, so the
# ratios hold on a noisy machine where absolute numbers do not. Not part of the test suite.
# The rate limits are off (--RateLimits:Enabled=false): every request comes from one address, which
# is the measurement here, not a client to hold back.
#
#   bash tests/load/wrk.sh [documents-folder] [seconds] [connections]
#
# The default corpus is the FRUS records (../shared/corpus/frus-22k.tar.gz), unpacked to a
# temporary folder. Prints one line per target and the ratios; writes nothing in the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."

documents=${1:-}
seconds=${2:-15}
connections=${3:-32}
threads=2
port=5199
source tests/load/lib.sh
install_missing wrk=wrk
open_workspace

[ -n "$documents" ] || documents=$(unpack_frus "$work")

start_site "$port" "$documents" --Serilog:MinimumLevel:Default=Warning
wait_until_answers "http://127.0.0.1:$port/robots.txt" 600
rss_kb=$(ps -o rss= -p "$(pgrep -P "$server" -f ArchiveSite.Web.dll || echo "$server")" | tr -d ' ')

search="/search?q=Khrushchev+Berlin&sort=relevance"
detail="/documents/$(curl -s "http://127.0.0.1:$port/api/documents?pageSize=1&page=200" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -n 1)"

# A static file of exactly the page's size (uncompressed), served by the same server.
make_static() {
    local url=$1 name=$2 size
    size=$(curl -s "http://127.0.0.1:$port$url" | wc -c)
    head -c "$size" /dev/urandom | base64 -w 100 | head -c "$size" > "$work/app/wwwroot/$name"
    echo "/$name"
}
search_static=$(make_static "$search" bench-search.txt)
detail_static=$(make_static "$detail" bench-detail.txt)

# Many different pages as well as one: one URL measures the output cache, a rotation of distinct
# queries and documents measures rendering (each is new to the cache within the run).
curl -s "http://127.0.0.1:$port/api/documents?pageSize=100&page=7" | grep -o '"id":"[^"]*"' | sed 's/"id":"\(.*\)"/\/documents\/\1/' > "$work/detail-paths"
for word in Khrushchev Berlin Stalin Mao Korea Vietnam Dulles Eisenhower Kennedy Nixon Cuba Laos Suez Israel Egypt Iran Taiwan Japan Germany France NATO treaty missile nuclear embassy; do
    for year in 1950 1955 1960 1965 1970; do echo "/search?q=$word&from=$year&to=$((year + 4))"; done
done > "$work/search-paths"
write_rotate_lua "$work/rotate.lua"

run() {
    local label=$1 url=$2 out
    [ -f "$url" ] || curl -s -o /dev/null "http://127.0.0.1:$port$url" # warm
    if [ -f "$url" ]; then
        out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$work/rotate.lua" "http://127.0.0.1:$port" -- "$url")
    else
        out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$url")
    fi
    local rps p99 non2xx
    rps=$(sed -n 's/^Requests\/sec:[[:space:]]*\([0-9.]*\).*/\1/p' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    non2xx=$(sed -n 's/.*Non-2xx or 3xx responses:[[:space:]]*\([0-9]*\).*/\1/p' <<<"$out")
    printf '%-14s %10s req/s   p99 %8s   non-2xx %s   %s\n' "$label" "$rps" "$p99" "${non2xx:-0}" "$url"
    eval "rps_${label//-/_}=$rps"
}

echo "== wrk: $threads threads, $connections connections, ${seconds}s each, loopback"
run search "$search"
run search-static "$search_static"
run detail "$detail"
run detail-static "$detail_static"
run search-many "$work/search-paths"
run detail-many "$work/detail-paths"

echo "== ratios (page throughput / same-size static file throughput)"
awk -v a="$rps_search" -v b="$rps_search_static" 'BEGIN { printf "search, one URL (output cache): %.0f %%\n", 100 * a / b }'
awk -v a="$rps_detail" -v b="$rps_detail_static" 'BEGIN { printf "detail, one URL (output cache): %.0f %%\n", 100 * a / b }'
awk -v a="$rps_search_many" -v b="$rps_search_static" 'BEGIN { printf "search, 125 distinct URLs: %.0f %%\n", 100 * a / b }'
awk -v a="$rps_detail_many" -v b="$rps_detail_static" 'BEGIN { printf "detail, 100 distinct URLs: %.0f %%\n", 100 * a / b }'
echo "resident memory after start: $((rss_kb / 1024)) MB"
rss_end_kb=$(ps -o rss= -p "$(pgrep -P "$server" -f ArchiveSite.Web.dll || echo "$server")" | tr -d ' ')
echo "resident memory after the load: $((rss_end_kb / 1024)) MB"
echo "detail page compressed (br): $(curl -s -H 'Accept-Encoding: br' "http://127.0.0.1:$port$detail" | wc -c) bytes"
