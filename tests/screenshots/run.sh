#!/usr/bin/env bash
# Screenshots of every page type for docs/design.md: starts the site (Release) on a copy of the
# seeds, corrects one word of 112082 while it runs (so an earlier version and its changes exist), takes
# desktop (1280 px) and phone (360 px) shots of each page type, the browse, search and document
# pages in the light and the dark scheme too, and a document as it prints, with playwright-core
# (pinned in tests/tools/screenshots) driving Debian's chromium; then compresses them with
# pngquant. Installs what the machine lacks (chromium, node, npm, pngquant).
#
#   bash tests/screenshots/run.sh [output-folder]      (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${1:-docs/screenshots}
port=5197
tools=tests/tools/screenshots
source tests/load/lib.sh
install_missing chromium=chromium node=nodejs npm=npm pngquant=pngquant
open_workspace

npm_ci_tools "$tools" playwright-core

# A copy of the seeds, so that one record can be corrected while the site runs: the versioned
# permalink of its earlier text and the changes since are then shown as a reader would see them.
cp -r seeds "$work/seeds"
# Permalinks and citations on the pages show a public address rather than the loopback one.
start_site "$port" "$work/seeds" --Archive:PublicBaseUrl=https://archive.example.org --Serilog:MinimumLevel:Default=Warning
wait_until_answers "http://127.0.0.1:$port/robots.txt" 300

version_of_112082() { curl -sf "http://127.0.0.1:$port/api/documents/112082" | grep -o '"version":"[^"]*"' | head -n 1 | cut -d'"' -f4; }
earlier=$(version_of_112082)
echo "== correcting 112082 (version $earlier) and waiting for the live reload"
sed -i 's/If you agree with these proposals, corresponding orders/If you agree with these proposals, the corresponding orders/' "$work"/seeds/000_*.txt
for _ in $(seq 1 60); do [ "$(version_of_112082)" != "$earlier" ] && break; sleep 0.5; done
[ "$(version_of_112082)" != "$earlier" ] || { echo "the site did not pick up the correction" >&2; exit 1; }
export EARLIER_VERSION=$earlier

# Shots are overwritten, never cleared: those this script does not take (the people, quotation,
# correspondence and pinned-search pages, shot by hand on the FRUS corpus: docs/design.md says
# which) stay as they are.
mkdir -p "$out"
echo "== screenshots into $out"
node "$tools/take.mjs" "http://127.0.0.1:$port" "$out"

echo "== pngquant"
pngquant --force --skip-if-larger --strip --quality=70-95 --ext .png "$out"/*.png || [ $? -eq 98 ] || [ $? -eq 99 ]
du -ch "$out"/*.png | tail -n 1
