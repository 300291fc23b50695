#!/usr/bin/env bash
# Issue 24, R-STAT.3: the staff's caseload chart on the start page at 1,000,000 Procedures on PostgreSQL
# (127.0.0.1:5432). The page reads the precomputed months (caseload_month, CaseloadFigures); the periodic job recomputes
# them from the Procedures. Measured:
#  1. the aggregation as the job runs it (EXPLAIN ANALYZE of its four grouping queries) — what the page would pay
#     without the precomputation — and the job's own time as it recorded it (caseload_refresh.took_ms);
#  2. the page's database reads (the months of the window and the refresh row) with pgbench, 4 clients, p95;
#  3. the staff's start page (work queue and charts) over HTTP, 4 connections, p95 (bench/staff-start-page.py).
# Data: the demo data, then bench/seed-million.sql, bench/seed-work-queue.sql and bench/seed-caseload-chart.sql.
# Needs a built web module (mvn package -pl web -am -DskipTests), psql, pgbench and python3. Run under the lock.
# Usage: bench/caseload-chart-benchmark.sh [seconds per run, default 20] [port, default 8385]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
PORT=${2:-8385}
DB=${DB:-concord_chart}
BASE=http://127.0.0.1:$PORT
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
# The job every 20 s here (default 300), so that it runs soon after the seeding.
java -Xmx2g -Dconcord.demo.enabled=true -Dconcord.caseload.refresh.interval=20 \
  -Dconcord.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dconcord.db.driver=org.postgresql.ds.PGSimpleDataSource \
  -Dconcord.db.user=postgres -Dconcord.db.password=postgres \
  -Dconcord.mail.smtp.host=127.0.0.1 -Dconcord.mail.smtp.port=2599 \
  -jar web/target/payara-micro.jar --deploy web/target/micro/ROOT.war --port $PORT --nocluster \
  > bench/payara-caseload-chart.log 2>&1 &
MICRO=$!
trap 'kill $MICRO 2>/dev/null || true' EXIT
until curl -sf $BASE/health/ready > /dev/null; do sleep 2; done

$PSQL -d $DB -f bench/seed-million.sql > /dev/null
$PSQL -d $DB -f bench/seed-work-queue.sql > /dev/null
$PSQL -d $DB -f bench/seed-caseload-chart.sql > /dev/null
$PSQL -d $DB -c "vacuum analyze" > /dev/null
echo "Procedures: $($PSQL -d $DB -tA -c "select state, count(*) from procedure group by state order by 1" | tr '\n' ' ')"

echo "1. the aggregation the job runs (and a page would pay without it):"
for q in \
  "select extract(year from received_date), extract(month from received_date), count(*) from procedure group by 1, 2" \
  "select extract(year from ended_date), extract(month from ended_date), count(*) from procedure where ended_date is not null group by 1, 2" \
  "select extract(year from appointed_on), extract(month from appointed_on), sum(case when appointed_on <= appointment_target_on then 1 else 0 end), sum(case when appointed_on > appointment_target_on then 1 else 0 end) from procedure where appointed_on is not null group by 1, 2" \
  "select extract(year from resolution_signed_on), extract(month from resolution_signed_on), sum(case when resolution_signed_on <= resolution_due_on then 1 else 0 end), sum(case when resolution_signed_on > resolution_due_on then 1 else 0 end) from procedure where resolution_signed_on is not null group by 1, 2"; do
  echo "   $(echo "$q" | cut -c1-60)…: $($PSQL -d $DB -tA -c "explain (analyze, timing off) $q" | grep 'Execution Time')"
done
# Wait for a refresh after the seeding (the job's interval is 20 s here).
SEEDED=$($PSQL -d $DB -tA -c "select now()")
until [ "$($PSQL -d $DB -tA -c "select refreshed_at > '$SEEDED' from caseload_refresh")" = t ]; do sleep 2; done
echo "   the job: $($PSQL -d $DB -tA -c "select took_ms || ' ms, ' || (select count(*) from caseload_month) || ' months' from caseload_refresh")"
echo "   the figures of the last month: $($PSQL -d $DB -tA -c "select * from caseload_month order by month_start desc limit 1")"

echo "2. the page's reads (pgbench, 4 clients):"
READS=$(mktemp)
cat > "$READS" <<'SQL'
select month_start, received, ended, open_at_end, appointments_met, appointments_missed, resolutions_met, resolutions_missed from caseload_month where month_start >= (date_trunc('month', current_date) - interval '23 months')::date order by month_start;
select refreshed_at from caseload_refresh where id = 1;
SQL
LOGS=$(mktemp -d)
(cd "$LOGS" && pgbench -h 127.0.0.1 -U postgres -n -c 4 -j 2 -T "$SECONDS_PER_RUN" -f "$READS" --log --log-prefix=chart "$DB" > summary.txt)
sort -n -k3 <(cat "$LOGS"/chart*) | awk '{print $3 / 1000}' > "$LOGS/ms.txt"
N=$(wc -l < "$LOGS/ms.txt")
echo "   n=$N, median $(sed -n "$((N / 2))p" "$LOGS/ms.txt") ms, p95 $(sed -n "$((N * 95 / 100))p" "$LOGS/ms.txt") ms"
rm -rf "$LOGS" "$READS"

echo "3. the staff's start page over HTTP (work queue and charts), 4 connections:"
python3 bench/staff-start-page.py $BASE staff@concord.example concord-demo "$SECONDS_PER_RUN" 4 > /dev/null # warm-up
echo "   $(python3 bench/staff-start-page.py $BASE staff@concord.example concord-demo "$SECONDS_PER_RUN" 4)"
echo "load after: $(uptime)"
$PSQL -d postgres -c "drop database if exists $DB"
