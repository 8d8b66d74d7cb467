#!/usr/bin/env bash
# Coverage-guided fuzzing of the record parser: AFL++ (Debian's afl++, installed when missing)
# drives src/ArchiveSite.Fuzz, which hands every input to DocumentLoader.ParseBytes, with
# ArchiveSite.Core.dll instrumented by SharpFuzz (the dotnet tool pinned in .config/dotnet-tools.json).
# Not part of the test suite: the inputs it finds are fixed in Core and checked in under
# tests/fuzz/regressions/, which the suite replays (docs/security.md, "Hostile records").
#
#   bash tests/fuzz/run.sh [seconds]        (default 600; the machine is shared, so it runs at nice 19)
#
# Starts from tests/fuzz/corpus/ with the tokens of tests/fuzz/records.dict. Writes only below
# artifacts/fuzz/ (ignored by git): bin/ the instrumented build, replay/ the same uninstrumented,
# run-<time>/ AFL's findings. Ends
# with the executions, paths, crashes and hangs, and replays every crash and hang to show why.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-600}
# A parse takes milliseconds; an input that takes this long is a hang.
timeout_ms=${FUZZ_TIMEOUT_MS:-1000}
bin=artifacts/fuzz/bin
replay=artifacts/fuzz/replay
findings=artifacts/fuzz/run-$(date -u +%Y%m%d-%H%M%S)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v afl-fuzz >/dev/null; then
    echo "== Installing from Debian: afl++"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
fi

echo "== dotnet tool restore (sharpfuzz)"
dotnet tool restore >/dev/null

echo "== building src/ArchiveSite.Fuzz (Release) into $bin"
# A fresh folder each time: SharpFuzz rewrites the DLL in place and refuses one it already instrumented.
rm -rf "$bin" "$replay"
nice -n 19 dotnet build src/ArchiveSite.Fuzz -c Release -o "$bin" -nologo -v quiet
# Instrumented code writes coverage to AFL's shared memory and faults without it: replays need a clean copy.
cp -r "$bin" "$replay"

echo "== instrumenting ArchiveSite.Core.dll"
nice -n 19 dotnet sharpfuzz "$bin/ArchiveSite.Core.dll"

echo "== afl-fuzz for ${seconds}s (findings in $findings)"
mkdir -p "$findings"
# The target is `dotnet`, which AFL cannot see instrumented (SharpFuzz reports coverage itself);
# containers rarely let a test set core_pattern or CPU affinity, and the status screen would
# fill a log, so those checks and the UI are off.
AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 \
    nice -n 19 afl-fuzz -i tests/fuzz/corpus -o "$findings" -x tests/fuzz/records.dict \
    -t "$timeout_ms" -m none -V "$seconds" -- dotnet "$bin/ArchiveSite.Fuzz.dll" > "$findings/afl.log" 2>&1 \
    || { tail -n 40 "$findings/afl.log"; exit 1; }

stats="$findings/default/fuzzer_stats"
stat() { sed -n "s/^$1 *: *//p" "$stats"; }
echo "== result"
echo "run time:   $(stat run_time) s"
echo "executions: $(stat execs_done) ($(stat execs_per_sec)/s)"
echo "paths:      $(stat corpus_count) (found $(stat corpus_found), edges $(stat edges_found), coverage $(stat bitmap_cvg))"
echo "crashes:    $(stat saved_crashes)"
echo "hangs:      $(stat saved_hangs)"

found=$(find "$findings/default/crashes" "$findings/default/hangs" -type f -name 'id:*' | sort)
if [ -n "$found" ]; then
    echo "== replaying what AFL saved (fix each in Core, then add it to tests/fuzz/regressions/)"
    # shellcheck disable=SC2086
    timeout 600 dotnet "$replay/ArchiveSite.Fuzz.dll" replay $found || true
    exit 1
fi
