#!/usr/bin/env bash
# Captures the site's answer (status, content type, body) to every address in tests/golden/urls.txt,
# one file each, so two commits can be compared byte for byte (a restructuring must not change a
# single answer): the site runs on the seeds and the committed FRUS slice, with the version store
# copied from VERSIONS when given (so first-seen times are the same in both runs; the first run
# leaves its store in OUT/versions for the second). Not part of tests/run.sh.
#
#   bash tests/golden/capture.sh OUT [VERSIONS]
#   diff -r before/answers after/answers
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/load/lib.sh
out=$(realpath -m "$1")
mkdir -p "$out/answers"
open_workspace
mkdir -p "$work/documents"
cp seeds/* tests/corpus/frus/* "$work/documents/"
if [ -n "${2:-}" ]; then cp -r "$2" "$work/versions"; fi
port=$(free_port 5400)
start_site "$port" "$work/documents"
base="http://127.0.0.1:$port"
wait_until_answers "$base/readyz" 300
# The OAI identifier prefix and the site's addresses come from the request: one host for both runs.
grep -v '^#' tests/golden/urls.txt | while read -r url; do
    [ -n "$url" ] || continue
    while [[ "$url" =~ \{version:([^}]*)\} ]]; do
        id=${BASH_REMATCH[1]}
        version=$(curl -s "$base/api/documents/$id" | sed -n 's/.*"version":"\([0-9a-f]*\)".*/\1/p' | head -n 1)
        url=${url//"{version:$id}"/$version}
    done
    name=$(printf '%s' "$url" | sha256sum | cut -c1-16)
    {
        printf '%s\n' "$url"
        curl -s -o "$work/body" -w '%{http_code} %{content_type}\n' -H 'Host: archive.example' "$base$url"
        # What differs on every run: OAI-PMH's response date, a request id.
        sed -E 's#<responseDate>[^<]*</responseDate>##; s/0HN[0-9A-Z:]+//g' "$work/body"
    } > "$out/answers/$name"
done
rm -rf "$out/versions"
cp -r "$work/versions" "$out/versions"
echo "captured $(ls "$out/answers" | wc -l) answers into $out/answers"
