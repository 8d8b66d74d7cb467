#!/usr/bin/env bash
# Where a page's time goes, with URLs the output cache has never seen (issue 18): the site on a
# corpus, wrk asking distinct searches (or permalinks) on loopback, and dotnet-trace sampling every
# thread's stack meanwhile (the dotnet-sampled-thread-time profile); prints the heaviest methods
# under ArchiveSearcher.Search (or the detail page's model, DetailModel.OnGetAsync) as shares of it.
# Not part of the suite.
#
#   bash tests/load/profile.sh [search|detail] [documents-folder] [seconds]
#
# Installs Debian's wrk and the dotnet-trace tool (into the temporary folder) when missing; the
# trace (Speedscope JSON) is kept as artifacts/profile/PAGE.speedscope.json for a closer look
# (tests/load/speedscope-top.py TRACE [FILTER] [ROOT], or https://www.speedscope.app).
set -euo pipefail
cd "$(dirname "$0")/../.."

page=${1:-search}
documents=${2:-}
seconds=${3:-15}
source tests/load/lib.sh
install_missing wrk=wrk
open_workspace
port=$(free_port 5399)
out=artifacts/profile
mkdir -p "$out"

trace=$(command -v dotnet-trace || true)
if [ -z "$trace" ]; then
    dotnet tool install dotnet-trace --tool-path "$work/tools" >/dev/null
    trace="$work/tools/dotnet-trace"
fi

[ -n "$documents" ] || documents=$(unpack_frus "$work")
build_index "$documents"
start_site "$port" "$documents" --Serilog:MinimumLevel:Default=Warning
wait_until_answers "http://127.0.0.1:$port/readyz" 1800
site_pid=$(pgrep -P "$server" -f ArchiveSite.Web.dll || echo "$server")

if [ "$page" = detail ]; then
    # Every permalink, shuffled: the detail page's output cache must never have seen the next one.
    total=$(curl -s "http://127.0.0.1:$port/api/documents?pageSize=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
    for p in $(seq 1 $(( (total + 99) / 100 ))); do
        curl -s "http://127.0.0.1:$port/api/documents?pageSize=100&page=$p" | grep -o '"id":"[^"]*"' | sed 's/"id":"\(.*\)"/\/documents\/\1/'
    done | shuf --random-source=<(yes) > "$work/paths"
    root='DetailModel+<OnGetAsync>'
else
    find "$documents" -type f -name '*.md' -print0 | xargs -0 cat | tr -cs 'A-Za-z' '\n' | awk 'length($0) >= 4' \
        | tr 'A-Z' 'a-z' | sort | uniq -c | awk '$1 >= 5 { print "/search?q=" $2 }' | shuf --random-source=<(yes) > "$work/paths"
    root='ArchiveSearcher.Search('
fi
write_rotate_lua "$work/rotate.lua"
# Warm up on the end of the list (compilation, first reads of the index).
tail -n 50 "$work/paths" | while read -r path; do curl -s -o /dev/null "http://127.0.0.1:$port$path"; done
head -n -50 "$work/paths" > "$work/paths.cold"

wrk -t2 -c4 -d"$((seconds + 8))s" -s "$work/rotate.lua" "http://127.0.0.1:$port" -- "$work/paths.cold" > "$work/wrk.log" &
load=$!
sleep 3
"$trace" collect -p "$site_pid" --profile dotnet-sampled-thread-time --duration "00:00:00:$seconds" \
    --format Speedscope -o "$work/$page.nettrace" > "$work/trace.log"
wait "$load"
grep 'Requests/sec' "$work/wrk.log"
cp "$work/$page.speedscope.json" "$out/"
python3 tests/load/speedscope-top.py "$out/$page.speedscope.json" ArchiveSite.Core "$root" | head -n 40
