#!/usr/bin/env bash
# R-PLAT.1 (issue 23): the database work of the first page of a platform organisation's list and of its change feed,
# p95 at 4 connections, with 10,000 and with 1,000,000 Procedures of that organisation (PostgreSQL on 127.0.0.1:5432).
# It migrates a fresh database with the SQL migrations (the Java ones only move data, and there is none yet), seeds it
# with bench/seed-caseload.sql and runs pgbench over bench/caseload-page.sql and bench/caseload-feed.sql; latencies
# are per transaction (all the statements of one page), from pgbench's log. The HTTP layer is not measured here.
# Usage: bench/caseload-benchmark.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

p95() { # the 95th percentile of pgbench log latencies (3rd column, µs), in ms
  cat "$@" | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "%.2f ms (n=%d, median %.2f ms)", a[i]/1000, NR, a[int(NR/2)]/1000}'
}

for N in 10000 1000000; do
  DB=concord_caseload_$N
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
  for f in $(ls ejb/src/main/resources/db/migration/V*.sql | sort -t V -k2 -n); do
    $PSQL -d $DB -f "$f" > /dev/null
  done
  $PSQL -d $DB -v from=1 -v n=$N -v platform="'00000000-0000-4000-8000-00000000feed'" \
    -v member="'00000000-0000-4000-8000-0000000000aa'" -v requester="''" -f bench/seed-caseload.sql > /dev/null
  for script in page feed; do
    rm -f "$WORK"/pgbench_log.*
    (cd "$WORK" && pgbench -h 127.0.0.1 -U postgres -n -c 4 -j 4 -T "$SECONDS_PER_RUN" -l \
      -f "$OLDPWD/bench/caseload-$script.sql" $DB > "$WORK/out.txt")
    echo "$N procedures, first $script page, 4 connections: p95 $(p95 "$WORK"/pgbench_log.*)," \
      "$(grep -E '^tps' "$WORK/out.txt" | head -1)"
  done
  $PSQL -d $DB -c "explain (analyze, buffers) select pa.received_at, pa.procedure_id from participant pa
    where pa.party_id = '00000000-0000-4000-8000-00000000feed'
    order by pa.received_at desc, pa.procedure_id desc limit 26" | sed 's/^/    /'
done
