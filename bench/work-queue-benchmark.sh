#!/usr/bin/env bash
# Issue 24: the staff work queue at 1,000,000 Procedures on PostgreSQL at 127.0.0.1:5432, p95 at 4 connections:
#  1. through the API, GET /api/v1/me/work-queue with the demo staff's token (bench/caseload-http.py), the same
#     service and queries the start page runs after sign-in;
#  2. the database work alone, every section's queries of one queue (bench/work-queue.sql) with pgbench, 4 clients.
# Data: the demo data, then bench/seed-million.sql and bench/seed-work-queue.sql (every state the queue reads).
# Needs a built web module (mvn package -pl web -am -DskipTests), psql, pgbench and python3.
# Usage: bench/work-queue-benchmark.sh [seconds per run, default 20] [port, default 8384]
# With REUSE=1 the database concord_work_queue is kept as it is (already seeded), not created anew.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
PORT=${2:-8384}
DB=${DB:-concord_work_queue}
BASE=http://127.0.0.1:$PORT
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

if [ "${REUSE:-0}" != 1 ]; then
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi
java -Xmx2g -Dconcord.demo.enabled=true \
  -Dconcord.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dconcord.db.driver=org.postgresql.ds.PGSimpleDataSource \
  -Dconcord.db.user=postgres -Dconcord.db.password=postgres \
  -Dconcord.mail.smtp.host=127.0.0.1 -Dconcord.mail.smtp.port=2599 \
  -jar web/target/payara-micro.jar --deploy web/target/micro/ROOT.war --port $PORT --nocluster \
  > bench/payara-work-queue.log 2>&1 &
MICRO=$!
trap 'kill $MICRO 2>/dev/null || true' EXIT
until curl -sf $BASE/health/ready > /dev/null; do sleep 2; done

if [ "${REUSE:-0}" != 1 ]; then
  $PSQL -d $DB -f bench/seed-million.sql > /dev/null
  $PSQL -d $DB -f bench/seed-work-queue.sql > /dev/null
fi
$PSQL -d $DB -c "vacuum analyze" > /dev/null
echo "Procedures: $($PSQL -d $DB -tA -c "select state, count(*) from procedure group by state order by 1" | tr '\n' ' ')"
echo "load before: $(uptime)"

TOKEN=concord_demo_staff
PATH_QUEUE=/api/v1/me/work-queue
python3 bench/caseload-http.py $BASE $TOKEN $PATH_QUEUE "$SECONDS_PER_RUN" 4 > /dev/null # warm-up
echo "HTTP, 4 connections: $(python3 bench/caseload-http.py $BASE $TOKEN $PATH_QUEUE "$SECONDS_PER_RUN" 4)"
echo "load after HTTP: $(uptime)"

LOGS=$(mktemp -d)
(cd "$LOGS" && pgbench -h 127.0.0.1 -U postgres -n -c 4 -j 2 -T "$SECONDS_PER_RUN" -f "$OLDPWD/bench/work-queue.sql" \
  --log --log-prefix=queue "$DB" > summary.txt)
sort -n -k3 <(cat "$LOGS"/queue*) | awk '{print $3 / 1000}' > "$LOGS/ms.txt"
N=$(wc -l < "$LOGS/ms.txt")
echo "database work of one queue (pgbench, 4 clients): n=$N, median $(sed -n "$((N / 2))p" "$LOGS/ms.txt") ms," \
  "p95 $(sed -n "$((N * 95 / 100))p" "$LOGS/ms.txt") ms"
echo "load after pgbench: $(uptime)"
rm -rf "$LOGS"
