#!/usr/bin/env bash
# The fidelity check over a whole corpus (not part of tests/run.sh, which checks the seeds and the
# committed FRUS slice): every record's detail page must show every word of its body as written,
# in order, footnote labels included. Fails listing the records that do not, with the first word
# that differs. Default: the 22,029 FRUS records beside the checkout.
#
#   bash tests/corpus/fidelity.sh [documents-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/load/lib.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
folder=${1:-$(unpack_frus "$work")}

dotnet build tests/ArchiveSite.Web.Tests -c Release -nologo -v quiet
start=$(date +%s)
ARCHIVESITE_FIDELITY_CORPUS="$folder" dotnet test tests/ArchiveSite.Web.Tests -c Release --no-build \
    --filter "FullyQualifiedName~BodyFidelityTests.EveryFrusRecordShowsEveryWordOfItsBodyOnItsPage" \
    --logger "console;verbosity=detailed"
echo "fidelity: $folder checked in $(( $(date +%s) - start )) s"
