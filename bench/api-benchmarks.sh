#!/usr/bin/env bash
# The API benchmarks of the DCTI procedure issue (docs/benchmarks.md), on this machine, against PostgreSQL:
#   1. filing a Request through the API, sustained;
#   2. GET /api/v1/procedures/{id} beside a bare authenticated endpoint (GET /api/v1/tokens/me), 16 connections;
#   3. the staff list's first page with 1,000,000 procedures (keyset pagination).
# Needs: a built web module (mvn package -pl web -am -DskipTests), wrk, psql, python3 (3.11: smtpd, for the mail
# sink standing in for the Center's relay) and PostgreSQL on 127.0.0.1:5432.
# Usage: bench/api-benchmarks.sh [seconds per run, default 30] [seconds of warm-up, default 180]
# The warm-up matters: Payara's JIT (C2) compiles for well over a minute of load before the figures settle.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
WARMUP=${2:-180}
DB=concord_bench
BASE=http://127.0.0.1:8080
export BENCH="$PWD/bench"
OUT=bench/results-$(date -u +%Y%m%dT%H%M%SZ).txt
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
python3 bench/smtp-sink.py 2525 2> /dev/null &
SINK=$!
java -Xmx2g -Dconcord.demo.enabled=true \
  -Dconcord.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dconcord.db.driver=org.postgresql.ds.PGSimpleDataSource \
  -Dconcord.db.user=postgres -Dconcord.db.password=postgres \
  -Dconcord.mail.smtp.host=127.0.0.1 -Dconcord.mail.smtp.port=2525 \
  -jar web/target/payara-micro.jar --deploy web/target/micro/ROOT.war --port 8080 --nocluster \
  > bench/payara.log 2>&1 &
MICRO=$!
trap 'kill $MICRO $SINK 2>/dev/null || true' EXIT
until curl -sf $BASE/health/ready > /dev/null; do sleep 2; done

token() {
  curl -sf -u "$1:concord-demo" -H 'Content-Type: application/json' -d '{"label":"benchmark","scopes":["READ","FILE","ACT_FOR_ORGANISATION","ADMINISTER"]}' \
    $BASE/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
ALICE=$(token alice@concord.example)
# Staff's published demo token (every scope): HTTP Basic does not sign in an account with a second step (R-SEC.2).
STAFF=concord_demo_staff

run() { # name, then wrk arguments
  local name=$1; shift
  echo "== $name" | tee -a "$OUT"
  wrk --latency "$@" | tee -a "$OUT" | grep RESULT | sed "s/^/$name /" | tee -a "$OUT.summary"
}

# Warm-up: the JIT, the pools and the holiday calendars, with both kinds of load.
TOKEN=$ALICE wrk -t1 -c16 -d$((WARMUP * 2 / 3))s -s bench/file-request.lua $BASE/api/v1/requests > /dev/null
$PSQL -d $DB -At -c "select p.id from procedure p join participant pa on pa.procedure_id = p.id
  join user_account a on a.id = pa.account_id where a.email = 'alice@concord.example' limit 2000" > bench/ids.txt
TOKEN=$ALICE IDS=bench/ids.txt wrk -t1 -c16 -d$((WARMUP / 3))s -s bench/get-procedure.lua $BASE > /dev/null
TOKEN=$ALICE run file-request -t1 -c16 -d${SECONDS_PER_RUN}s -s bench/file-request.lua $BASE/api/v1/requests
$PSQL -d $DB -At -c "select 'mail queued and not yet sent after the filing run: ' || count(*) filter (where sent_at is null)
  || ' of ' || count(*) from outbound_mail" | tee -a "$OUT"
# The reads are measured on their own: the mail the filings queued is sent first (at most ten minutes).
for _ in $(seq 1 120); do
  [ "$($PSQL -d $DB -At -c "select count(*) from outbound_mail where sent_at is null")" = 0 ] && break
  sleep 5
done
$PSQL -d $DB -At -c "select 'mail still unsent before the reads: ' || count(*) from outbound_mail
  where sent_at is null" | tee -a "$OUT"
TOKEN=$ALICE run bare-me -t1 -c16 -d${SECONDS_PER_RUN}s -s bench/bearer.lua $BASE/api/v1/tokens/me
TOKEN=$ALICE IDS=bench/ids.txt run get-procedure -t1 -c16 -d${SECONDS_PER_RUN}s -s bench/get-procedure.lua $BASE

$PSQL -d $DB -f bench/seed-million.sql
$PSQL -d $DB -At -c "select 'procedures: ' || count(*) from procedure" | tee -a "$OUT"
TOKEN=$STAFF wrk -t1 -c4 -d10s -s bench/bearer.lua "$BASE/api/v1/procedures?size=25" > /dev/null
TOKEN=$STAFF run list-first-page -t1 -c4 -d${SECONDS_PER_RUN}s -s bench/bearer.lua "$BASE/api/v1/procedures?size=25"
NEXT=$(curl -sf -H "Authorization: Bearer $STAFF" "$BASE/api/v1/procedures?size=25" | sed -E 's/.*"next":"([^"]+)".*/\1/')
TOKEN=$STAFF run list-second-page -t1 -c4 -d${SECONDS_PER_RUN}s -s bench/bearer.lua \
  "$BASE/api/v1/procedures?size=25&after=$NEXT"
echo "Results: $OUT.summary"
cat "$OUT.summary"
