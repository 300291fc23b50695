#!/usr/bin/env bash
# Issue 24: the staff console's search at 1,000,000 Procedures on PostgreSQL (127.0.0.1:5432), through the API that
# reads exactly what the console's page reads (GET /api/v1/procedures?q=…, ProcedureService.consoleProcedures), p95 at
# 4 connections (bench/caseload-http.py, the demo staff's token): by reference, by PUID, by the beginning of a Party's
# name (one of 1,000 accounts, 1,000 Procedures each), by the beginning of the platform organisation's name (all
# 1,000,000), a filter, and the unfiltered first page. Seeds with bench/seed-caseload.sql and
# bench/seed-console-search.sql, then EXPLAIN ANALYZE of each source's query (the database's part).
# Needs a built web module (mvn package -pl web -am -DskipTests), psql and python3.
# Usage: bench/console-search-benchmark.sh [seconds per run, default 20] [port, default 8384] [all|seed|measure]
# "seed" creates, migrates and seeds the database only (no figures: may run while other work runs); "measure" starts
# Concord on that database and measures (run it under the machine's benchmark lock); "all" (default) does both.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
PORT=${2:-8384}
PHASE=${3:-all}
DB=concord_console_search
BASE=http://127.0.0.1:$PORT
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

if [ "$PHASE" != measure ]; then
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi
java -Xmx2g -Dconcord.demo.enabled=true \
  -Dconcord.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dconcord.db.driver=org.postgresql.ds.PGSimpleDataSource \
  -Dconcord.db.user=postgres -Dconcord.db.password=postgres \
  -Dconcord.mail.smtp.host=127.0.0.1 -Dconcord.mail.smtp.port=2599 \
  -jar web/target/payara-micro.jar --deploy web/target/micro/ROOT.war --port $PORT --nocluster \
  > bench/payara-console-search.log 2>&1 &
MICRO=$!
trap 'kill $MICRO 2>/dev/null || true' EXIT
until curl -sf $BASE/health/ready > /dev/null; do sleep 2; done

TOKEN=concord_demo_staff
if [ "$PHASE" != measure ]; then
  ORG=$($PSQL -d $DB -tA -c "select id from organisation where name = 'Streamly Ltd'")
  MEMBER=$($PSQL -d $DB -tA -c "select id from user_account where email = 'legal@streamly.example'")
  $PSQL -d $DB -v from=1 -v n=1000000 -v platform="'$ORG'" -v member="'$MEMBER'" -v requester="''" \
    -f bench/seed-caseload.sql > /dev/null
  $PSQL -d $DB -f bench/seed-console-search.sql > /dev/null
  echo "seeded: $($PSQL -d $DB -tA -c "select count(*) from procedure") Procedures"
  [ "$PHASE" = seed ] && exit 0
fi

# Something in the middle of the million: its reference and PUID; a Party's name prefix (the first 6 of its hex).
REFERENCE=$($PSQL -d $DB -tA -c "select reference from procedure where id = md5('caseload500000')::uuid")
PUID=$($PSQL -d $DB -tA -c "select platform_reference from procedure where id = md5('caseload500000')::uuid")
NAME="party $($PSQL -d $DB -tA -c "select substr(md5('name' || 500), 1, 6)")"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
echo "load before: $(cat /proc/loadavg)"
for path in "/api/v1/procedures?size=25&q=$(enc "$REFERENCE")" \
            "/api/v1/procedures?size=25&q=$(enc "$PUID")" \
            "/api/v1/procedures?size=25&q=$(enc "$NAME")" \
            "/api/v1/procedures?size=25&q=streamly" \
            "/api/v1/procedures?size=25&q=$(enc "$NAME")&state=COMMENCED" \
            "/api/v1/procedures?size=25&sort=REFERENCE" \
            "/api/v1/procedures?size=25"; do
  curl -sf -H "Authorization: Bearer $TOKEN" "$BASE$path" | head -c 300; echo
  python3 bench/caseload-http.py $BASE "$TOKEN" "$path" 5 4 > /dev/null # warm-up
  echo "$path: $(python3 bench/caseload-http.py $BASE "$TOKEN" "$path" "$SECONDS_PER_RUN" 4) (load $(cut -d' ' -f1-3 /proc/loadavg))"
done

# The database's part: each source's query as Hibernate sends it (the shape; parameters inlined).
explain() { $PSQL -d $DB -c "explain (analyze, buffers off, costs off, timing on, summary on) $1" | grep -E "Index|Scan|Execution Time|Sort|Limit" | sed 's/^/    /'; }
echo "reference prefix:"; explain "select p.id, p.received_at, p.reference from procedure p where p.reference like '$REFERENCE%' order by p.received_at desc, p.id desc limit 26"
echo "platform reference:"; explain "select p.id, p.received_at, p.reference from procedure p where p.platform_reference = '$PUID' order by p.received_at desc, p.id desc limit 26"
echo "statement PUID:"; explain "select p.id, p.received_at, p.reference from procedure p where p.id in (select s.procedure_id from statement_of_reasons s where s.puid = '$PUID') order by p.received_at desc, p.id desc limit 26"
echo "names:"; explain "select a.id from user_account a where a.search_name like '$NAME%' order by a.search_name, a.id limit 51"
echo "a party's Procedures:"; explain "select pa.procedure_id, pa.received_at, p.reference from participant pa join procedure p on p.id = pa.procedure_id where pa.party_id = md5('caseload-account500')::uuid order by pa.received_at desc, pa.procedure_id desc limit 26"
