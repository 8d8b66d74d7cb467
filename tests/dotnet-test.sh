# Running test projects with dotnet test, shared by the test command (tests/run.sh) and the
# whole-corpus run (tests/corpus/run.sh); sourced, not run. Each project prints its name, a line of
# counts every 30 s while it runs, every failure and skip in full as it happens, and its time; the
# closing line sums the TRX reports, which the tally fails on a failure, a skip or no test at all.

# minutes_seconds SECONDS: "12 min 5 s".
minutes_seconds() {
    if [ "$1" -ge 60 ]; then echo "$(($1 / 60)) min $(($1 % 60)) s"; else echo "$1 s"; fi
}

# test_project PROJECT RESULTS [DOTNET-TEST-ARGUMENTS...]: runs one test project (built, Release),
# its TRX report in RESULTS/NAME; returns dotnet test's exit code.
test_project() {
    local project=$1 results=$2 name
    name=$(basename "$project" .csproj)
    shift 2
    echo "== $name"
    # The console logger at normal verbosity writes a line per test as it ends; the filter counts
    # them. The status is dotnet test's, whatever the filter's.
    dotnet test "$project" -c Release --no-build --logger trx --logger "console;verbosity=normal" \
        --results-directory "$results/$name" "$@" 2>&1 | test_progress "$name"
    return "${PIPESTATUS[0]}"
}

# test_progress NAME: reads dotnet test's console output. Passing tests are counted, not shown; a
# failing or skipped test is shown with its message, stack and output; dotnet test's own narration
# (its banner, xUnit's, the trailing totals) and the log of the sites under test (an entry with
# its exception and stack) are left out, and anything else, such as a crashed test host, is shown
# as it comes.
test_progress() {
    local name=$1 start=$SECONDS next=$((SECONDS + 30)) passed=0 failed=0 skipped=0 line="" part status in_log=0
    while true; do
        # A timeout keeps what it read of a line, and the counts line is still printed on time
        # while a slow test holds the output back.
        status=0
        IFS= read -r -t 5 part || status=$?
        line+=$part
        if [ "$status" -eq 0 ] || { [ "$status" -le 128 ] && [ -n "$line" ]; }; then
            test_line "$line"
            line=""
        fi
        if [ "$status" -ne 0 ] && [ "$status" -le 128 ]; then
            break
        fi
        if [ "$SECONDS" -ge "$next" ]; then
            echo "   $name: $passed passed, $failed failed, $skipped skipped so far ($(minutes_seconds $((SECONDS - start))))"
            next=$((SECONDS + 30))
        fi
    done
    echo "   $name: $passed passed, $failed failed, $skipped skipped in $(minutes_seconds $((SECONDS - start)))"
}

# test_line LINE: counts or shows one line of dotnet test's output (test_progress's variables).
test_line() {
    # A log entry's exception and stack follow it on lines of their own.
    if [ "$in_log" -eq 1 ] && [[ $1 =~ ^([[:space:]]|---|[A-Za-z][A-Za-z0-9_.]*(Exception|Error)(:|$)) ]] \
        && ! [[ $1 =~ ^"  "(Passed|Failed|Skipped)" " ]]; then
        return
    fi
    in_log=0
    case $1 in
        "  Passed "*) passed=$((passed + 1)) ;;
        "  Failed "*) failed=$((failed + 1)); echo "$1" ;;
        "  Skipped "*) skipped=$((skipped + 1)); echo "$1" ;;
        "" | "[xUnit.net "* | "Test run for "* | "A total of "*" test files matched"* | "Results File: "* \
            | "Test Run Successful." | "Total tests: "* | "     Passed: "* | "     Failed: "* | "    Skipped: "* \
            | " Total time: "*) ;;
        # The sites' own log ("[07:16:01 INF] …"), which the test host's output carries at this verbosity.
        "["[0-2][0-9]:[0-5][0-9]:[0-5][0-9]" "[A-Z][A-Z][A-Z]"] "*) in_log=1 ;;
        *) echo "$1" ;;
    esac
}

# tally RESULTS: prints the closing line CI reads, "tests: N passed, N failed, N skipped", summed
# from every TRX report under RESULTS; fails on a failure, a skip (every test must run: nothing is
# silently left out) or no test at all.
tally() {
    local total=0 passed=0 failed=0 skipped=0 trx counters
    for trx in "$1"/*/*.trx; do
        [ -f "$trx" ] || continue
        counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
        get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
        total=$((total + $(get total)))
        passed=$((passed + $(get passed)))
        failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
        skipped=$((skipped + $(get notExecuted)))
    done

    echo "tests: $passed passed, $failed failed, $skipped skipped"
    if [ "$failed" -ne 0 ]; then
        return 1
    fi
    if [ "$total" -eq 0 ]; then
        echo "No test ran." >&2
        return 1
    fi
    if [ "$skipped" -ne 0 ]; then
        echo "$skipped tests were skipped; every test must run." >&2
        return 1
    fi
}
