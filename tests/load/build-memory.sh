#!/usr/bin/env bash
# A first build's memory (issue 18): build-index of a documents folder into a fresh index and
# version store, the process's own memory (RssAnon) and its mapped files (RssFile) sampled every
# second from /proc, and /usr/bin/time -v's peak resident set, CPU and wall time. Prints the peak
# RssAnon and where the build was when it came (the last progress line logged before it). Not part
# of the suite; run it on a generated corpus (README: "Benchmarks and generated corpora").
#
#   bash tests/load/build-memory.sh DOCUMENTS-FOLDER
#
# The samples and the build's log are kept in artifacts/build-memory/.
set -euo pipefail
cd "$(dirname "$0")/../.."

documents=$(realpath "${1:?a documents folder}")
source tests/load/lib.sh
install_missing /usr/bin/time=time
open_workspace
publish_site
out=artifacts/build-memory
mkdir -p "$out"
rm -rf "$work/out"
SECONDS=0

(cd "$work/app" && exec /usr/bin/time -v dotnet ArchiveSite.Web.dll build-index --Archive:DocumentsPath="$documents" \
    --Archive:IndexPath="$work/out/index" --Archive:VersionsPath="$work/out/versions") > "$out/build.log" 2> "$out/time.txt" &
timer=$!
build=""
for _ in $(seq 1 100); do
    build=$(pgrep -P "$timer" || true)
    [ -n "$build" ] && break
    sleep 0.1
done

: > "$out/rss.tsv"
while kill -0 "$build" 2>/dev/null; do
    # seconds since start, RssAnon kB, RssFile kB, the last progress line logged
    printf '%s\t%s\t%s\t%s\n' "$SECONDS" \
        "$(awk '/^RssAnon/ {print $2}' "/proc/$build/status" 2>/dev/null)" \
        "$(awk '/^RssFile/ {print $2}' "/proc/$build/status" 2>/dev/null)" \
        "$(grep -oE '(Reading record files|Linking replies|Indexing): [^,]*|Linking replies between [0-9]+ letters|Archive ready' "$out/build.log" | tail -1)" >> "$out/rss.tsv"
    sleep 1
done
wait "$timer"

echo "== $documents: $(grep -c . "$out/rss.tsv") samples"
sort -t$'\t' -k2,2n "$out/rss.tsv" | tail -1 | awk -F'\t' '{printf "peak RssAnon %d MB at %d s (RssFile %d MB), after: %s\n", $2/1024, $1, $3/1024, $4}'
grep -E "Maximum resident|User time|System time|Elapsed|Percent of CPU" "$out/time.txt"
