#!/usr/bin/env bash
# The account list benchmark (issue 21, R-ACC.5; docs/benchmarks.md, "Accounts (issue 21)"): an administrator's
# GET /api/v1/accounts (first page, 25 by name), GET /api/v1/accounts?q=<name prefix> (a search) and
# GET /api/v1/accounts?q=<organisation word> (a search that finds accounts by their organisations) over 100,000
# accounts (5,000 of them members of 1,000 organisations), 4 connections, against PostgreSQL. Builds nothing.
# Needs: a built web module (mvn package -pl web -am -DskipTests), wrk, psql and PostgreSQL on 127.0.0.1:5432.
# Runs Payara Micro on its own port (default 8181, --nocluster) in a database of its own (concord_bench_accounts).
# Usage: bench/accounts-benchmark.sh [seconds per run, default 30] [seconds of warm-up, default 90] [port, default 8181]
# JAR and WAR name another build (e.g. from the main worktree); SEARCH the name prefix searched (default greta);
# ORG_SEARCH a word of organisation names (default records: the accounts that are active members of one).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
WARMUP=${2:-90}
PORT=${3:-8181}
DB=concord_bench_accounts
BASE=http://127.0.0.1:$PORT
export BENCH="$PWD/bench"
OUT=bench/accounts-$(date -u +%Y%m%dT%H%M%SZ).txt
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
SEARCH=${SEARCH:-greta}
ORG_SEARCH=${ORG_SEARCH:-records}
JAR=${JAR:-web/target/payara-micro.jar}
WAR=${WAR:-web/target/micro/ROOT.war}

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
java -Xmx2g -Dconcord.demo.enabled=true \
  -Dconcord.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dconcord.db.driver=org.postgresql.ds.PGSimpleDataSource \
  -Dconcord.db.user=postgres -Dconcord.db.password=postgres \
  -jar "$JAR" --deploy "$WAR" --port $PORT --nocluster \
  > bench/payara-accounts.log 2>&1 &
MICRO=$!
trap 'kill $MICRO 2>/dev/null || true' EXIT
until curl -sf $BASE/health/ready > /dev/null; do kill -0 $MICRO || { tail bench/payara-accounts.log; exit 1; }; sleep 2; done

echo "seeding 100,000 accounts" | tee "$OUT"
$PSQL -d $DB -f bench/seed-accounts.sql
$PSQL -d $DB -At -c "select 'accounts: ' || count(*) || ', matching q=$SEARCH: '
  || count(*) filter (where lower(email) like '%$SEARCH%' or lower(display_name) like '%$SEARCH%') from user_account" \
  | tee -a "$OUT"
$PSQL -d $DB -At -c "select 'active members of an organisation matching q=$ORG_SEARCH: ' || count(distinct account_id)
  from organisation_member m join organisation o on o.id = m.organisation_id
  where m.left_at is null and lower(o.name) like '%$ORG_SEARCH%'" | tee -a "$OUT"
$PSQL -d $DB -At -c "select 'trigram indexes: ' || count(*) from pg_indexes where indexname like '%trgm'" | tee -a "$OUT"

# The administrator's published demo token (every scope): HTTP Basic does not sign in an account with a second
# step (R-SEC.2), so it cannot mint one.
export TOKEN=concord_demo_admin
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/accounts?q=$SEARCH" | head -c 400 | tee -a "$OUT"; echo | tee -a "$OUT"

run() { # name, then wrk arguments
  local name=$1; shift
  echo "== $name" | tee -a "$OUT"
  wrk --latency "$@" | tee -a "$OUT" | grep RESULT | sed "s/^/$name /" | tee -a "$OUT.summary"
}
# Warm-up: the JIT and the pools, both URLs.
wrk -t1 -c4 -d$((WARMUP / 2))s -s bench/bearer.lua "$BASE/api/v1/accounts" > /dev/null
wrk -t1 -c4 -d$((WARMUP / 2))s -s bench/bearer.lua "$BASE/api/v1/accounts?q=$SEARCH" > /dev/null
wrk -t1 -c4 -d10s -s bench/bearer.lua "$BASE/api/v1/accounts?q=$ORG_SEARCH" > /dev/null
run accounts-first-page -t1 -c4 -d${SECONDS_PER_RUN}s -s bench/bearer.lua "$BASE/api/v1/accounts"
run accounts-search-$SEARCH -t1 -c4 -d${SECONDS_PER_RUN}s -s bench/bearer.lua "$BASE/api/v1/accounts?q=$SEARCH"
run accounts-search-$ORG_SEARCH -t1 -c4 -d${SECONDS_PER_RUN}s -s bench/bearer.lua "$BASE/api/v1/accounts?q=$ORG_SEARCH"

# Where the time goes: the statements a search runs, as PostgreSQL plans them: the members of the organisations whose
# name matches (Membership.activeMembersOfOrganisationsNamed), the count (UserAccount.countSearchWithMembers) and the
# page (UserAccount.searchFewWithMembers up to 5,000 matches, else UserAccount.searchWithMembers), the members listed.
for pattern in "%$SEARCH%" "%$ORG_SEARCH%"; do
  echo "== EXPLAIN ANALYZE, pattern '$pattern'" >> "$OUT"
  MEMBERS="select distinct m.account_id from organisation_member m join organisation o on o.id = m.organisation_id
    where m.left_at is null and lower(o.name) like '$pattern' limit 1001"
  $PSQL -d $DB -c "explain (analyze, buffers) $MEMBERS" >> "$OUT"
  IDS=$($PSQL -d $DB -At -c "select coalesce(string_agg(quote_literal(account_id::text), ','), 'null') from ($MEMBERS) x")
  WHERE="a.email like '$pattern' or a.sort_name like '$pattern' or a.id in ($IDS)"
  $PSQL -d $DB -c "explain (analyze, buffers) select count(*) from user_account a where $WHERE" >> "$OUT"
  $PSQL -d $DB -c "explain (analyze, buffers) select * from user_account a where $WHERE
    order by lower(a.sort_name), a.email, a.id limit 25" >> "$OUT"
  $PSQL -d $DB -c "explain (analyze, buffers) select * from user_account a where $WHERE
    order by a.sort_name, a.email, a.id limit 25" >> "$OUT"
done
echo "Results: $OUT.summary"
cat "$OUT.summary"
