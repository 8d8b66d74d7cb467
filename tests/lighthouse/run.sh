#!/usr/bin/env bash
# Lighthouse (performance, accessibility, best practices, SEO) on the browse, search, detail and
# collection pages, with Debian's Chromium, for Lighthouse's default mobile form factor (with its simulated
# throttling) and for --preset=desktop. Each page is run several times and the median of each
# category is reported; exits 1 when any median is below the threshold (95). Not part of the test
# suite: scores depend on the machine's load. Installs what is missing (chromium, nodejs, npm, and
# the pinned lighthouse of tests/tools/lighthouse), publishes the site in Release and starts it on
# loopback on a free port with the rate limits off (every request comes from one address).
#
#   bash tests/lighthouse/run.sh [documents-folder|frus]
#
# The default corpus is the seeds; "frus" unpacks the FRUS records (../shared/corpus/frus-22k.tar.gz)
# and takes two of its documents for the detail pages. The JSON reports and the table (summary.md)
# go to artifacts/lighthouse/ (ignored by git), or to LIGHTHOUSE_OUT. LIGHTHOUSE_RUNS (3) sets the
# runs per page, LIGHTHOUSE_THRESHOLD (95) the lowest median accepted, LIGHTHOUSE_PAGES a few of the
# pages by name.
set -euo pipefail
cd "$(dirname "$0")/../.."

corpus=${1:-}
runs=${LIGHTHOUSE_RUNS:-3}
threshold=${LIGHTHOUSE_THRESHOLD:-95}
out=$(mkdir -p "${LIGHTHOUSE_OUT:-artifacts/lighthouse}" && cd "${LIGHTHOUSE_OUT:-artifacts/lighthouse}" && pwd)
source tests/load/lib.sh
install_missing chromium=chromium node=nodejs npm=npm

tools=tests/tools/lighthouse
npm_ci_tools "$tools" lighthouse

open_workspace
case "$corpus" in
    "") documents="$PWD/seeds" ;;
    frus) documents=$(unpack_frus "$work") ;;
    *) documents=$(cd "$corpus" && pwd) ;;
esac

port=$(free_port 5180)
base="http://127.0.0.1:$port"
start_site "$port" "$documents" --Serilog:MinimumLevel:Default=Warning
wait_until_answers "$base/readyz"

# The pages: browse, a word search, a date search, and two detail pages (the seeds' two records, or
# two documents of another corpus from the API).
if [ -z "$corpus" ]; then
    details=(112082 112079)
else
    mapfile -t details < <(curl -s "$base/api/documents?pageSize=1&page=200" "$base/api/documents?pageSize=1&page=1" | grep -o '"id":"[^"]*"' | sed 's/"id":"\(.*\)"/\1/' | head -n 2)
fi
# A collection (the first listed) and a document opened from a result list (the first result of a search).
collection=$(curl -s "$base/collections" | grep -o 'href="/collections/[^"]*"' | head -n 1 | sed 's/href="\(.*\)"/\1/')
person=$(curl -s "$base/people?sort=documents" | grep -o 'href="/people/[^"?]*"' | head -n 1 | sed 's/href="\(.*\)"/\1/')
# A correspondence: that of the first person, by number of documents, who has one (the first link of
# their correspondents' list; the person with most documents may only be mentioned, as on the seeds).
correspondence=""
for someone in $(curl -s "$base/people?sort=documents" | grep -o 'href="/people/[^"?]*"' | sed 's/href="\(.*\)"/\1/' | head -n 20); do
    correspondence=$(curl -s "$base$someone" | grep -o 'href="/correspondence/[^"]*"' | head -n 1 | sed 's/href="\(.*\)"/\1/' || true)
    [ -n "$correspondence" ] && break
done
[ -n "$correspondence" ] || { echo "no person's page links a correspondence" >&2; exit 1; }
stepped=$(curl -s "$base/search?q=pilots" | grep -o 'href="/documents/[^"]*n=1"' | head -n 1 | sed 's/href="\(.*\)"/\1/; s/&amp;/\&/g')
pages=(
    "browse=/"
    "search=/search?q=pilots"
    "search-dates=/search?from=1950-11-01&to=1950-11-30"
    "detail-${details[0]}=/documents/${details[0]}"
    "detail-${details[1]}=/documents/${details[1]}"
    "kwic=/search/kwic?q=pilots"
    "selection=/selection?ids=${details[0]},${details[1]}"
    "collections=/collections"
    "collection=$collection"
    "people=/people"
    "person=$person"
    "correspondence=$correspondence"
    "detail-stepped=$stepped"
    "quote-form=/quote"
    "quote=/quote?text=I+hope+that+you%2C+comrade+Stalin%2C+will+assist+us+...+of+these+questions"
    "search-pinned=/search?q=pilots&as-of=$(date -u +%Y-%m-%d)"
    "search-changes=/search/changes?q=pilots&as-of=$(date -u +%Y-%m-%d)"
)
# LIGHTHOUSE_PAGES (names, space-separated: "people person") runs only those pages, to check new ones.
if [ -n "${LIGHTHOUSE_PAGES:-}" ]; then
    chosen=()
    for page in "${pages[@]}"; do [[ " $LIGHTHOUSE_PAGES " == *" ${page%%=*} "* ]] && chosen+=("$page"); done
    pages=("${chosen[@]}")
fi
for page in "${pages[@]}"; do curl -sf -o /dev/null "$base${page#*=}"; done # renders each once (output cache, JIT)

export CHROME_PATH=/usr/bin/chromium
# Without the background-networking flags Chromium stalls on a network that reaches nothing.
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
lighthouse_version=$(node -p "require('./$tools/node_modules/lighthouse/package.json').version")
chromium_version=$(chromium --version 2>/dev/null | head -n 1)
rm -rf "$out/mobile" "$out/desktop"
for form in mobile desktop; do
    mkdir -p "$out/$form"
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    for page in "${pages[@]}"; do
        for run in $(seq 1 "$runs"); do
            echo "== $form ${page#*=} ($run/$runs)"
            "$tools/node_modules/.bin/lighthouse" "$base${page#*=}" "${preset[@]}" --quiet \
                --only-categories=performance,accessibility,best-practices,seo \
                --chrome-flags="$chrome_flags" --output=json --output-path="$out/$form/${page%%=*}-$run.json"
        done
    done
done

set +e
{
    echo "Lighthouse $lighthouse_version, $chromium_version, $(date -u +%Y-%m-%d), corpus: ${corpus:-seeds}, median of $runs runs per page."
    node tests/lighthouse/summarize.mjs "$out" "$threshold"
} | tee "$out/summary.md"
status=${PIPESTATUS[0]}
set -e
echo "Reports: $out"
exit "$status"
