#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the machine lacks (Debian's
# chromium for the browser tests, node and npm, citation-js from npm for the citation
# export tests, and Java with the Nu Html Checker from npm for the HTML validity tests),
# then runs every test project in Release, each with its counts as they accumulate and its time,
# and prints one closing line "N passed, N failed, N skipped". A skipped test fails the run:
# nothing is silently left out. Needs nothing beside the checkout: the tests that read real FRUS
# records read the slice in tests/corpus/frus (the whole corpus is tests/corpus/run.sh's).
set -euo pipefail
cd "$(dirname "$0")/.."

source tests/load/lib.sh
source tests/dotnet-test.sh
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
start=$SECONDS

echo "== dotnet build (Release)"
dotnet build ArchiveSite.sln -c Release -nologo -v quiet

# One project at a time, each into its own results folder, so no report overwrites another.
status=0
for project in tests/*/*.csproj; do
    test_project "$project" "$results" "$@" || status=$?
done

echo "== $(minutes_seconds $((SECONDS - start))) in all"
tally "$results" || status=1
exit "$status"
