#!/usr/bin/env bash
# Load where every request is a URL the output cache has never seen, as real traffic is (new
# queries, next pages, crawlers walking the permalinks), beside the same server's static
# stylesheet in the same run (issue 18). Not part of the test suite.
#
#   bash tests/load/distinct.sh [documents-folder] [seconds] [connections...]
#
# Defaults: the 22,029 FRUS records (../shared/corpus/frus-22k.tar.gz), 10 s a run, 8 and 32
# connections. Two wrk threads, loopback only, rate limits off (all the load comes from one
# address). The searches are distinct one- and two-word queries drawn from the records' own
# words (a word in at least 5 files, so most find something), the details every permalink in a
# random order; wrk's threads take disjoint strides of each list, so no URL is asked twice in a
# run; a later run, or a list that runs out, asks the same pages with a parameter the pages ignore
# (round=N) and the output cache does not, so every request is still new to it (the script says
# when a list ran out). After the load it prints the
# process's own memory (RssAnon) and the mapped index pages (RssFile) apart.
#
# ARCHIVESITE_LOAD_STATE=DIR keeps the index, the version store and the lookup stores in DIR
# between runs (a 100,000-record build and its related records take minutes); build-index then
# reuses them when they are up to date for this build.
set -euo pipefail
cd "$(dirname "$0")/../.."

documents=${1:-}
seconds=${2:-10}
shift $(( $# > 2 ? 2 : $# ))
connections=("$@")
[ ${#connections[@]} -gt 0 ] || connections=(8 32)
threads=2
source tests/load/lib.sh
install_missing wrk=wrk
open_workspace
port=$(free_port 5299)

[ -n "$documents" ] || documents=$(unpack_frus "$work")

build_index "$documents"
start_site "$port" "$documents" --Serilog:MinimumLevel:Default=Warning
wait_until_answers "http://127.0.0.1:$port/readyz" 1800
site_pid=$(pgrep -P "$server" -f ArchiveSite.Web.dll || echo "$server")

echo "== the URLs"
distinct_paths "http://127.0.0.1:$port" "$documents"
echo "$(wc -l < "$work/detail-paths") permalinks, $(wc -l < "$work/search-paths") searches ($(wc -l < "$work/words") words)"

# Each thread walks its own stride of the list (thread k asks k, k+T, k+2T, ...), so no URL repeats
# across threads; a thread that reaches the end starts again and counts it.
write_distinct_lua "$work/distinct.lua"

static=/css/site.css
# Warm up (compilation, first reads) on URLs at the end of the lists, which the runs do not reach.
for file in "$work/search-paths" "$work/detail-paths"; do tail -n 20 "$file" | while read -r path; do curl -s -o /dev/null "http://127.0.0.1:$port$path"; done; done
curl -s -o /dev/null "http://127.0.0.1:$port$static"

run() {
    local label=$1 target=$2 c=$3 out rps p50 p99 non2xx wrapped
    if [ -f "$target" ]; then
        # The list's first run asks its URLs as they are, each later one from round 1000, 2000, ...
        local before
        before=$(eval echo "\${runs_$label:-0}")
        eval "runs_$label=$((before + 1))"
        out=$(wrk -t"$threads" -c"$c" -d"${seconds}s" --latency -s "$work/distinct.lua" "http://127.0.0.1:$port" -- "$target" "$threads" "$((before * 1000))")
    else
        out=$(wrk -t"$threads" -c"$c" -d"${seconds}s" --latency "http://127.0.0.1:$port$target")
    fi
    rps=$(sed -n 's/^Requests\/sec:[[:space:]]*\([0-9.]*\).*/\1/p' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    non2xx=$(sed -n 's/.*Non-2xx or 3xx responses:[[:space:]]*\([0-9]*\).*/\1/p' <<<"$out")
    wrapped=$(sed -n 's/^wrapped \([0-9]*\)$/\1/p' <<<"$out")
    printf '%-8s c=%-3s %10s req/s   p50 %8s   p99 %8s   non-2xx %s%s\n' "$label" "$c" "$rps" "$p50" "$p99" "${non2xx:-0}" \
        "$([ "${wrapped:-0}" -gt 0 ] && echo "   (list ran out $wrapped times: asked again with round=N, new to the cache)")"
    eval "rps_${label}_$c=$rps"
}

echo "== wrk: $threads threads, ${seconds}s each, loopback, every page URL new to the cache"
for c in "${connections[@]}"; do
    run static "$static" "$c"
    run search "$work/search-paths" "$c"
    run detail "$work/detail-paths" "$c"
done

echo "== ratios (distinct pages / static file, same run)"
for c in "${connections[@]}"; do
    awk -v s="$(eval echo "\$rps_search_$c")" -v d="$(eval echo "\$rps_detail_$c")" -v t="$(eval echo "\$rps_static_$c")" -v c="$c" \
        'BEGIN { printf "c=%s: search %.1f %%, detail %.1f %% of static\n", c, 100 * s / t, 100 * d / t }'
done
awk '/^(RssAnon|RssFile):/ { printf "%s %d MB\n", $1, $2 / 1024 }' "/proc/$site_pid/status"
