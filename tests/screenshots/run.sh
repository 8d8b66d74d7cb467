#!/usr/bin/env bash
# Screenshots of every page type for docs/design.md: starts the site (Release) on the seeds, takes
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

if [ ! -d "$tools/node_modules/playwright-core" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
    echo "== npm ci ($tools)"
    npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
fi

# Permalinks and citations on the pages show a public address rather than the loopback one.
start_site "$port" "$PWD/seeds" --Archive:PublicBaseUrl=https://archive.example.org --Serilog:MinimumLevel:Default=Warning
wait_until_answers "http://127.0.0.1:$port/robots.txt" 300

mkdir -p "$out"
rm -f "$out"/*.png
echo "== screenshots into $out"
node "$tools/take.mjs" "http://127.0.0.1:$port" "$out"

echo "== pngquant"
pngquant --force --skip-if-larger --strip --quality=70-95 --ext .png "$out"/*.png || [ $? -eq 98 ] || [ $? -eq 99 ]
du -ch "$out"/*.png | tail -n 1
