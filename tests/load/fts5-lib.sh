# The SQLite FTS5 peer's machinery, shared by tests/load/fts5-peer.sh (latency) and
# tests/quality/run.sh (ranking quality); sourced after lib.sh, not run: the benchmarks' verbs,
# which write records.csv (RecordsCsv: the body as the plain text our index gets), and the FTS5
# database built from it, so the two engines read the same words.

# bench_build: builds the benchmarks (Release) once, for bench to run without building again.
bench_build() {
    echo "== building (Release)"
    dotnet build -c Release src/ArchiveSite.Benchmarks -nologo -v quiet >/dev/null
}

# bench VERB [ARGUMENTS...]: runs a verb of the benchmarks (src/ArchiveSite.Benchmarks/Program.cs).
bench() { dotnet run -c Release --no-build --project src/ArchiveSite.Benchmarks -- "$@"; }

# fts5_build FOLDER: builds FOLDER/fts5.db from FOLDER/records.csv with Debian's sqlite3 (installed
# when missing), each step's wall time a line "step<TAB>seconds" of FOLDER/fts5-build.tsv.
fts5_build() {
    local folder=$1
    install_missing sqlite3=sqlite3
    rm -f "$folder/fts5.db" "$folder/fts5-build.tsv"
    echo "== FTS5: $(sqlite3 --version | cut -d' ' -f1-2)"
    # A plain table holds the records (and the dates, indexed), as any SQLite application would; the
    # FTS5 table indexes its text columns without a second copy (external content). Empty dates from
    # the CSV are undated records: NULL, which no date condition matches.
    fts5_timed "$folder" import <<SQL
CREATE TABLE records(id TEXT NOT NULL, title TEXT, summary TEXT, body TEXT, citation TEXT, date_start INTEGER, date_end INTEGER);
.import --csv $folder/records.csv records
UPDATE records SET date_start = NULL, date_end = NULL WHERE date_start = '';
SQL
    # Porter stemming over unicode61 words, as our English analyzer stems. bm25 weights follow our
    # field boosts (title 4, summary 2, body and citation 1); id and dates are stored, not indexed.
    fts5_timed "$folder" fts5-index <<'SQL'
CREATE VIRTUAL TABLE records_fts USING fts5(id UNINDEXED, title, summary, body, citation, date_start UNINDEXED, date_end UNINDEXED, content='records', tokenize='porter unicode61');
INSERT INTO records_fts(records_fts) VALUES('rebuild');
INSERT INTO records_fts(records_fts, rank) VALUES('rank', 'bm25(0, 4, 2, 1, 1, 0, 0)');
SQL
    fts5_timed "$folder" date-index <<<'CREATE INDEX records_dates ON records(date_start, date_end);'
}

# fts5_timed FOLDER STEP: one sqlite3 run of the SQL on stdin against FOLDER/fts5.db, timed.
fts5_timed() {
    local folder=$1 step=$2 start
    start=$(date +%s.%N)
    sqlite3 "$folder/fts5.db"
    awk -v s="$start" -v e="$(date +%s.%N)" -v step="$step" 'BEGIN { printf "%s\t%.3f\n", step, e - s }' >> "$folder/fts5-build.tsv"
}
