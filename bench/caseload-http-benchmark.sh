#!/usr/bin/env bash
# R-PLAT.1 (issue 23): the first page of a platform organisation's list (GET /api/v1/procedures/mine?size=25) and of its
# change feed (GET /api/v1/organisations/{id}/changes?size=25) through the API, p95 at 4 connections, with the demo
# data's Streamly holding 10,000 and then 1,000,000 Procedures (bench/seed-caseload.sql, the demo's Alice as the
# Requesting Party of each), on PostgreSQL at 127.0.0.1:5432; and the portal's first page of the same list
# (GET /portal/procedures.xhtml, each connection its own session signed in through the login form by bench/sign-in.py),
# beside a page of the same layout without the list (the profile) as the baseline of the same run.
# Needs a built web module (mvn package -pl web -am -DskipTests), psql, python3 and wrk.
# Usage: bench/caseload-http-benchmark.sh [seconds per run, default 20] [port, default 8383]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
PORT=${2:-8383}
DB=concord_caseload_http
BASE=http://127.0.0.1:$PORT
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
java -Xmx2g -Dconcord.demo.enabled=true \
  -Dconcord.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dconcord.db.driver=org.postgresql.ds.PGSimpleDataSource \
  -Dconcord.db.user=postgres -Dconcord.db.password=postgres \
  -Dconcord.mail.smtp.host=127.0.0.1 -Dconcord.mail.smtp.port=2599 \
  -jar web/target/payara-micro.jar --deploy web/target/micro/ROOT.war --port $PORT --nocluster \
  > bench/payara-caseload.log 2>&1 &
MICRO=$!
trap 'kill $MICRO 2>/dev/null || true' EXIT
until curl -sf $BASE/health/ready > /dev/null; do sleep 2; done

TOKEN=$(curl -sf -u "legal@streamly.example:concord-demo" -H 'Content-Type: application/json' \
  -d '{"label":"benchmark","scopes":["READ"]}' $BASE/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')
ORG=$($PSQL -d $DB -tA -c "select id from organisation where name = 'Streamly Ltd'")
MEMBER=$($PSQL -d $DB -tA -c "select id from user_account where email = 'legal@streamly.example'")
ALICE=$($PSQL -d $DB -tA -c "select id from user_account where email = 'alice@concord.example'")
seed() { # from, to
  $PSQL -d $DB -v from=$1 -v n=$2 -v platform="'$ORG'" -v member="'$MEMBER'" -v requester="'$ALICE'" \
    -f bench/seed-caseload.sql > /dev/null
}
measure() { # label
  # wrk, 4 threads of one keep-alive connection each; each line after a warm-up of the same length (the JVM's
  # compilers settle during the first minutes: the first lines of runs 1-4 measured warm-up as much as size).
  export BENCH=bench TOKEN
  for path in "/api/v1/procedures/mine?size=25" "/api/v1/organisations/$ORG/changes?size=25"; do
    wrk -t4 -c4 -d"${SECONDS_PER_RUN}s" --timeout 10s -s bench/bearer.lua "$BASE$path" > /dev/null # warm-up
    echo "$1 $path: $(wrk -t4 -c4 -d"${SECONDS_PER_RUN}s" --timeout 10s -s bench/bearer.lua "$BASE$path" | grep RESULT)"
  done
  # The portal's first page of the same list, each connection its own session signed in through the login form; and,
  # as the baseline of the same run, the profile page: the same layout and sessions, no list.
  COOKIES=$(python3 bench/sign-in.py "$BASE" legal@streamly.example concord-demo 4)
  export COOKIES
  for page in /portal/procedures.xhtml /account/profile.xhtml; do
    wrk -t4 -c4 -d"${SECONDS_PER_RUN}s" --timeout 10s -s bench/sessions.lua "$BASE$page" > /dev/null # warm-up
    echo "$1 $page: $(wrk -t4 -c4 -d"${SECONDS_PER_RUN}s" --timeout 10s -s bench/sessions.lua "$BASE$page" | grep RESULT)"
  done
}
seed 1 10000
measure "10,000"
seed 10001 1000000
measure "1,000,000"
