#!/usr/bin/env bash
# R-OPS.1 (issue 25): filings per second through the proxy with one, two and three clustered instances
# (docs/benchmarks.md, "Filings with one, two and three instances"), and the CPU a filing costs from /proc.
#
# For each count: a fresh PostgreSQL database with the demo data, ops/cluster.sh start with CONCORD_INSTANCE_COUNT
# instances in Payara's grid behind HAProxy, an SMTP sink for the mail (bench/smtp-sink.py), an API token of Alice;
# then wrk posts complete Requests with an annex (bench/file-request.lua) through the proxy: WARMUP seconds, then
# SECONDS_PER_RUN measured. CPU: utime + stime of the instances' JVMs and of every postgres process, read from
# /proc/<pid>/stat before and after the measured run, divided by the filings of the run; and the instances' CPU while
# idle (IDLE seconds with no request, before the warm-up: timers, the grid's heartbeats), which grows with the number of
# instances whatever the load, so that the CPU a filing adds is also given without it.
# Duplicates: every request carries its own platform reference; one found twice would be a filing made twice.
# On this machine all instances, PostgreSQL, HAProxy and wrk share 2 cores: more instances cannot file faster here.
# What the run shows is that the cluster stays correct under load and what a filing costs as instances are added.
# Needs: mvn -o -q -DskipTests package -pl web -am, wrk, haproxy, psql, python3 (smtpd: 3.11).
# Usage: bench/cluster-filings.sh [seconds per run, default 30] [seconds of warm-up, default 90] [idle seconds, default 30]
# CONCORD_BENCH_COUNTS="3": only these instance counts (default "1 2 3").
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
WARMUP=${2:-90}
IDLE=${3:-30}
DB=concord_cluster_bench
PROXY=http://127.0.0.1:8000
export BENCH="$PWD/bench"
OUT=bench/results-cluster-filings-$(date -u +%Y%m%dT%H%M%SZ).txt
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
TICKS=$(getconf CLK_TCK)

python3 bench/smtp-sink.py 2525 2> /dev/null &
SINK=$!
trap 'ops/cluster.sh stop > /dev/null 2>&1 || true; kill $SINK 2> /dev/null || true' EXIT
export CONCORD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB CONCORD_DEMO_ENABLED=true
export CONCORD_MAIL_SMTP_HOST=127.0.0.1 CONCORD_MAIL_SMTP_PORT=2525

# CPU seconds (utime + stime) of the given processes, summed.
cpu() {
  local total=0 pid fields
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] || continue
    # Fields after the command's closing parenthesis: utime is the 12th, stime the 13th of them.
    read -r -a fields <<< "$(sed 's/^.*) //' "/proc/$pid/stat")"
    total=$(( total + fields[11] + fields[12] ))
  done
  echo "$total"
}

echo "# $(date -u) $(git rev-parse --short HEAD) $(nproc) cores" | tee "$OUT"
for count in ${CONCORD_BENCH_COUNTS:-1 2 3}; do
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
  CONCORD_INSTANCE_COUNT=$count ops/cluster.sh start > /dev/null
  instances=$(cat web/target/cluster/instance-*.pid)
  token=$(curl -sf -u "alice@concord.example:concord-demo" -H 'Content-Type: application/json' \
    -d '{"label":"benchmark","scopes":["READ","FILE"]}' $PROXY/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')
  sleep 10; idle_before=$(cpu $instances); sleep "$IDLE"; idle=$(( $(cpu $instances) - idle_before ))
  TOKEN=$token wrk -t1 -c16 -d${WARMUP}s -s bench/file-request.lua $PROXY/api/v1/requests > /dev/null
  before_payara=$(cpu $instances); before_pg=$(cpu $(pgrep -x postgres))
  before_filings=$($PSQL -d $DB -At -c "select count(*) from procedure")
  result=$(TOKEN=$token wrk -t1 -c16 -d${SECONDS_PER_RUN}s -s bench/file-request.lua $PROXY/api/v1/requests | grep RESULT)
  after_payara=$(cpu $instances); after_pg=$(cpu $(pgrep -x postgres))
  filings=$(( $($PSQL -d $DB -At -c "select count(*) from procedure") - before_filings ))
  duplicates=$($PSQL -d $DB -At -c "select count(*) from (select 1 from procedure
    where platform_reference like 'bench-%' group by platform_reference having count(*) > 1) twice")
  payara=$(( after_payara - before_payara ))
  echo "instances=$count filings=$filings duplicates=$duplicates $result" \
    "payara_cpu_ms_per_filing=$(( payara * 1000 / TICKS / (filings > 0 ? filings : 1) ))" \
    "payara_idle_cpu_pct=$(( idle * 100 / TICKS / IDLE ))" \
    "payara_cpu_ms_per_filing_less_idle=$(( (payara - idle * SECONDS_PER_RUN / IDLE) * 1000 / TICKS / (filings > 0 ? filings : 1) ))" \
    "postgres_cpu_ms_per_filing=$(( (after_pg - before_pg) * 1000 / TICKS / (filings > 0 ? filings : 1) ))" | tee -a "$OUT"
  ops/cluster.sh stop > /dev/null
done
