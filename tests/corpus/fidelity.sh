#!/usr/bin/env bash
# The fidelity check alone over a whole corpus (tests/corpus/run.sh runs it with every other corpus
# test; tests/run.sh checks the seeds and the committed FRUS slice): every record's detail page
# must show every word of its body as written, in order, footnote labels included. Fails listing
# the records that do not, with the first word that differs. Default: the 22,029 FRUS records of
# ../shared/corpus/frus-22k.tar.gz beside the checkout.
#
#   bash tests/corpus/fidelity.sh [corpus.tar.gz or folder of records]
set -euo pipefail
cd "$(dirname "$0")/../.."

corpus=$(realpath "${1:-../shared/corpus/frus-22k.tar.gz}")
dotnet build tests/ArchiveSite.Web.Tests -c Release -nologo -v quiet
start=$(date +%s)
ARCHIVESITE_CORPUS="$corpus" dotnet test tests/ArchiveSite.Web.Tests -c Release --no-build \
    --filter "FullyQualifiedName~BodyFidelityTests.EveryFrusRecordShowsEveryWordOfItsBodyOnItsPage" \
    --logger "console;verbosity=detailed"
echo "fidelity: $corpus checked in $(( $(date +%s) - start )) s"
