#!/usr/bin/env bash
# The statistics benchmark (issue: publishing statistics; docs/benchmarks.md): a year's publication over 1,000,000
# Procedures — the gate (fact query, audit, release stored), then the PDF and the CSV — against the raw SQL aggregate
# of the same tables, measured in the same run on the same database. Target: publication ≤ 2 × raw aggregate + 1 s.
# Needs: a built web module (mvn package -pl web -am -DskipTests), curl, psql, python3 and PostgreSQL on
# 127.0.0.1:5432.
# Usage: bench/statistics-benchmark.sh [runs, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
DB=concord_bench
BASE=http://127.0.0.1:8080
OUT=bench/statistics-$(date -u +%Y%m%dT%H%M%SZ).txt
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
YEAR=$(( $(date +%Y) - 1 ))
CUTOFF=$(date +%Y)-01-31

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
java -Xmx2g -Dconcord.demo.enabled=true \
  -Dconcord.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dconcord.db.driver=org.postgresql.ds.PGSimpleDataSource \
  -Dconcord.db.user=postgres -Dconcord.db.password=postgres \
  -jar web/target/payara-micro.jar --deploy web/target/micro/ROOT.war --port 8080 --nocluster \
  > bench/payara.log 2>&1 &
MICRO=$!
trap 'kill $MICRO 2>/dev/null || true' EXIT
until curl -sf $BASE/health/ready > /dev/null; do sleep 2; done

echo "seeding 1,000,000 Procedures received in $YEAR" | tee "$OUT"
time $PSQL -d $DB -f bench/seed-statistics.sql
$PSQL -d $DB -At -c "select 'procedures received in $YEAR: ' || count(*) from procedure
  where extract(year from received_date) = $YEAR" | tee -a "$OUT"

# The administrator's published demo token (every scope): HTTP Basic does not sign in an account with a second
# step (R-SEC.2), so it cannot mint one.
ADMIN=concord_demo_admin
api() { # method, path, then curl arguments; prints the body, then the seconds on the last line
  local method=$1 path=$2; shift 2
  curl -s -X "$method" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -w '\n%{http_code} %{time_total}\n' "$@" "$BASE$path"
}
field() { python3 -c "import json, sys; print(json.loads(sys.stdin.readline())['$1'])"; }
REPORT=$(api POST /api/v1/statistics/publications -d '{"title":"Annual report","annualReport":true,"periodKind":"YEAR"}' \
  | field id)

# The raw SQL aggregate: the annual report's counts (matter, outcome, duration band) straight from the tables, with
# none of the gate's work. Its text is written from the same categories the fact query uses.
RAW="select p.matter,
  case when p.state = 'RESOLVED' and res.outcome = 'FOR_REQUESTING_PARTY' then 'FOR_REQUESTING_PARTY'
       when p.state = 'RESOLVED' then 'FOR_RESPONDING_PARTY'
       when p.state = 'TERMINATED' and p.termination_ground like 'SETTLED%' then 'SETTLED'
       when p.state = 'TERMINATED' then p.termination_ground else 'PENDING' end,
  case when p.duration_days is null then 'ONGOING' when p.duration_days <= 30 then 'UP_TO_30_DAYS'
       when p.duration_days <= 60 then 'DAYS_31_TO_60' when p.duration_days <= 90 then 'DAYS_61_TO_90'
       else 'OVER_90_DAYS' end,
  count(*)
from procedure p left join resolution res on res.id = p.resolution_id
where p.received_date between date '$YEAR-01-01' and date '$YEAR-12-31'
group by 1, 2, 3"
# The same with the number of distinct Requesting Parties per cell, which any publication honouring k_p must read.
RAW_KP=$(echo "$RAW" | sed -e 's/^  count(\*)$/  count(*), count(distinct pa.account_id)/' \
  -e "s/^from procedure p left join resolution res on res.id = p.resolution_id$/&\n  left join participant pa on pa.procedure_id = p.id and pa.role = 'REQUESTING_PARTY'/")
raw() { # seconds, as PostgreSQL's client reports it (\timing: the query and its result, no connection set-up)
  $PSQL -d $DB -At -c '\timing on' -c "$1" | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' \
    | python3 -c "import sys; print(round(float(sys.stdin.read()) / 1000, 3))"
}

# Warm-up: the JIT and the pools, on this year's small demo caseload (the gate may refuse it; either way it runs).
api POST /api/v1/statistics/runs -d "{\"publication\":\"$REPORT\",\"year\":$(date +%Y),\"quarter\":1,\"cutoff\":\"$(date -d yesterday +%F)\"}" > /dev/null
raw "$RAW" > /dev/null
raw "$RAW_KP" > /dev/null

for run in $(seq 1 "$RUNS"); do
  RAW_S=$(raw "$RAW")
  RAW_KP_S=$(raw "$RAW_KP")
  RAN=$(api POST /api/v1/statistics/runs -d "{\"publication\":\"$REPORT\",\"year\":$YEAR,\"cutoff\":\"$CUTOFF\"}")
  GATE_S=$(echo "$RAN" | tail -1 | cut -d' ' -f2)
  RELEASE=$(echo "$RAN" | field id)
  PUBLISHED=published=$(echo "$RAN" | field published)
  CSV_S=$(api GET /api/v1/statistics/releases/$RELEASE/csv -o /dev/null | tail -1 | cut -d' ' -f2)
  PDF_S=$(api GET "/api/v1/statistics/releases/$RELEASE/pdf?lang=en" -o /dev/null | tail -1 | cut -d' ' -f2)
  TOTAL=$(python3 -c "print(round($GATE_S + $CSV_S + $PDF_S, 3))")
  LIMIT=$(python3 -c "print(round(2 * $RAW_S + 1, 3))")
  LIMIT_KP=$(python3 -c "print(round(2 * $RAW_KP_S + 1, 3))")
  echo "run $run ($PUBLISHED, ledger before: $((run - 1)) release(s)): gate ${GATE_S}s + CSV ${CSV_S}s + PDF ${PDF_S}s = ${TOTAL}s; raw aggregate ${RAW_S}s (limit 2 × raw + 1 = ${LIMIT}s); with distinct parties ${RAW_KP_S}s (limit ${LIMIT_KP}s)" \
    | tee -a "$OUT"
done
grep -E 'facts|gate' bench/payara.log | tail -5 >> "$OUT" || true
echo "Results: $OUT"
