#!/usr/bin/env bash
# The topical queries' pooled records that have no judgement yet, to judge: for each line of a
# run's unjudged.tsv (the top 10 of both engines, less what tests/quality/judgements.tsv grades),
# the record's title, summary, the start of its body, and the passage of its body FTS5 finds best
# for the query's words. Blind: which engine ranked a record, and where, is not shown, and the
# records of a query come in id order.
#
#   bash tests/quality/pool.sh [output-folder] [body-characters]
#
# The folder is a finished run of tests/quality/run.sh (default artifacts/quality); judge each
# record as judgements.tsv's header says and add a line for it there.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${1:-artifacts/quality}
characters=${2:-500}

sqlite3 "$out/fts5.db" <<SQL
DROP TABLE IF EXISTS pool;
CREATE TABLE pool(query TEXT, id TEXT, ranked TEXT);
.mode tabs
.import --skip 1 $out/unjudged.tsv pool
.mode list
.separator "\n"
SELECT '## ' || pool.query || ' | ' || pool.id,
       'title: ' || records.title,
       'summary: ' || substr(replace(records.summary, char(10), ' '), 1, 300),
       'body: ' || substr(replace(records.body, char(10), ' '), 1, $characters),
       'passage: ' || coalesce((SELECT replace(snippet(records_fts, 3, '[', ']', ' … ', 40), char(10), ' ')
                                FROM records_fts
                                WHERE records_fts MATCH '"' || replace(pool.query, ' ', '" OR "') || '"' AND rowid = records.rowid), ''),
       ''
FROM pool JOIN records ON records.id = pool.id ORDER BY pool.query, pool.id;
SQL
