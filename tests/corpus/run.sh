#!/usr/bin/env bash
# Every corpus test over the whole FRUS corpus (not part of tests/run.sh, which runs the same tests
# on the slice committed in tests/corpus/frus): the tests marked [Trait("Corpus", "FRUS")] of each
# test project, with ARCHIVESITE_CORPUS naming the corpus, so they also assert the corpus README's
# exact counts (22,029 records, 2,105 undated, …). The parser over every record, dates, reply
# threads, facets, the timeline and spelling suggestions, the corpus generator's sources, and
# every record's page showing every word of its body (tests/corpus/fidelity.sh alone runs that one).
# Ends with the closing line "tests: N passed, N failed, N skipped" and fails as tests/run.sh does.
#
#   bash tests/corpus/run.sh [corpus.tar.gz or folder of records]
#
# Default: ../shared/corpus/frus-22k.tar.gz beside the checkout (read and unpacked by the tests
# themselves, into temporary folders they remove).
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/dotnet-test.sh

corpus=${1:-../shared/corpus/frus-22k.tar.gz}
if [ ! -e "$corpus" ]; then
    echo "No FRUS corpus at $corpus: name a .tar.gz or a folder of records." >&2
    exit 1
fi
export ARCHIVESITE_CORPUS
ARCHIVESITE_CORPUS=$(realpath "$corpus")

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
start=$SECONDS

echo "== dotnet build (Release)"
dotnet build ArchiveSite.sln -c Release -nologo -v quiet

echo "== the corpus tests on $ARCHIVESITE_CORPUS"
status=0
for project in tests/*/*.csproj; do
    test_project "$project" "$results" --filter "Corpus=FRUS" || status=$?
done

echo "== $(minutes_seconds $((SECONDS - start))) in all"
tally "$results" || status=1
exit "$status"
