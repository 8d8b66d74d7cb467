#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the machine lacks (Debian's
# chromium for the browser tests, node and npm, citation-js from npm for the citation
# export tests, and Java with the Nu Html Checker from npm for the HTML validity tests),
# then runs every test project in Release and prints one
# closing line "N passed, N failed, N skipped". A skipped test fails the run: nothing is
# silently left out.
set -euo pipefail
cd "$(dirname "$0")/.."

source tests/load/lib.sh
install_missing chromium=chromium node=nodejs npm=npm java=default-jre-headless

if ! command -v dotnet >/dev/null; then
    echo "The .NET SDK (dotnet) is not on PATH; this project needs .NET 10." >&2
    exit 1
fi

# citation-js, the real parser the citation export tests read BibTeX, RIS and CSL-JSON back
# with, at the versions its lock file pins.
npm_ci_tools tests/tools/citation-js @citation-js

# The Nu Html Checker (vnu.jar), run with the machine's Java. Its install script would fetch a
# Java runtime from GitHub when none is on PATH; the jar is in the package and Java comes from
# Debian above, so no script runs.
npm_ci_tools tests/tools/vnu vnu-jar --ignore-scripts

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

echo "== dotnet build (Release)"
dotnet build ArchiveSite.sln -c Release -nologo -v quiet

# One project at a time, each into its own results folder, so no report overwrites another.
status=0
for project in tests/*/*.csproj; do
    name=$(basename "$project" .csproj)
    echo "== dotnet test $name"
    dotnet test "$project" -c Release --no-build --logger "trx" --results-directory "$results/$name" "$@" || status=$?
done

# Sum the counters of every TRX file: the closing line CI reads.
total=0; passed=0; failed=0; skipped=0
for trx in "$results"/*/*.trx; do
    [ -f "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
    total=$((total + $(get total)))
    passed=$((passed + $(get passed)))
    failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
    skipped=$((skipped + $(get notExecuted)))
done

echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
    exit 1
fi
if [ "$total" -eq 0 ]; then
    echo "No test ran." >&2
    exit 1
fi
if [ "$skipped" -ne 0 ]; then
    echo "$skipped tests were skipped; every test must run." >&2
    exit 1
fi
