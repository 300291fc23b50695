#!/usr/bin/env bash
# The ranking benchmark of the Neutral appointment issue (docs/benchmarks.md), end to end: staff ask for the
# candidates of one commenced Procedure while the Center has 1,000 profiled Neutrals (bench/seed-neutrals.sql), on
# PostgreSQL, one connection at a time (the latency one member of staff sees), the whole list and the console's 20.
# Needs: a built web module (mvn package -pl web -am -DskipTests), wrk, psql and PostgreSQL on 127.0.0.1:5432.
# Usage: bench/ranking-benchmark.sh [seconds per run, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
DB=concord_bench_ranking
BASE=http://127.0.0.1:8080
export BENCH="$PWD/bench"
OUT=bench/ranking-results-$(date -u +%Y%m%dT%H%M%SZ).txt
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
java -Xmx2g -Dconcord.demo.enabled=true \
  -Dconcord.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dconcord.db.driver=org.postgresql.ds.PGSimpleDataSource \
  -Dconcord.db.user=postgres -Dconcord.db.password=postgres -Dconcord.mail.smtp.port=2 \
  -jar web/target/payara-micro.jar --deploy web/target/micro/ROOT.war --port 8080 --nocluster \
  > bench/payara-ranking.log 2>&1 &
MICRO=$!
trap 'kill $MICRO 2>/dev/null || true' EXIT
until curl -sf $BASE/health/ready > /dev/null; do sleep 2; done

$PSQL -d $DB -f bench/seed-neutrals.sql
$PSQL -d $DB -At -c "select 'profiled neutrals: ' || count(*) from neutral_profile" | tee -a "$OUT"
ID=$($PSQL -d $DB -At -c "select id from procedure where state = 'COMMENCED' order by received_at limit 1")
STAFF=$(curl -sf -u "staff@concord.example:concord-demo" -H 'Content-Type: application/json' \
  -d '{"label":"benchmark","scopes":["READ","FILE","ACT_FOR_ORGANISATION","ADMINISTER"]}' $BASE/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')

run() { # name, then wrk arguments
  local name=$1; shift
  echo "== $name" | tee -a "$OUT"
  wrk --latency "$@" | tee -a "$OUT" | grep RESULT | sed "s/^/$name /" | tee -a "$OUT.summary"
}

# Warm-up: the JIT and the pools.
TOKEN=$STAFF wrk -t1 -c1 -d60s -s bench/bearer.lua "$BASE/api/v1/procedures/$ID/appointment/candidates?limit=1000" \
  > /dev/null
TOKEN=$STAFF run candidates-all -t1 -c1 -d${SECONDS_PER_RUN}s -s bench/bearer.lua \
  "$BASE/api/v1/procedures/$ID/appointment/candidates?limit=1000"
TOKEN=$STAFF run candidates-first-20 -t1 -c1 -d${SECONDS_PER_RUN}s -s bench/bearer.lua \
  "$BASE/api/v1/procedures/$ID/appointment/candidates?limit=20"
echo "Results: $OUT.summary"
