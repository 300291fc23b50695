#!/usr/bin/env bash
# The webhook throughput benchmark (issue 23, R-PLAT.2; docs/benchmarks.md, "Webhooks"): 10,000 deliveries queued in
# one transaction at one endpoint, posted by the dispatchers of INSTANCES Payara Micro instances (default 2) sharing
# one PostgreSQL database, to a local receiver (bench/webhook-receiver.py) that answers 200 at once and logs each
# arrival with its webhook-id. Reports events/s, the delay from commit to first attempt (p50/p95/max), whether any
# webhook-id arrived twice, attempts per delivery from the log table, and how the posts split between the instances;
# then a trickle of single-row transactions for the delay of an event alone.
# The rows are written by SQL, as WebhookOutbox writes them (same columns; created_at = next_attempt_at = now()):
# a commit by SQL does not nudge a dispatcher (that is the application's after-commit event), so the instances' sweep
# (concord.webhooks.dispatch.interval, set to 1 s here, default 10 s) is what picks them up.
# Needs: a built web module (mvn package -pl web -am -DskipTests), psql, python3, ss, PostgreSQL on 127.0.0.1:5432.
# Usage: bench/webhook-benchmark.sh [events, default 10000] [instances 1|2, default 2] [trickle events, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-10000}
INSTANCES=${2:-2}
TRICKLE=${3:-200}
DB=concord_bench_webhooks
PORTS=(8291 8292)
RECEIVER_PORT=8399
INTERVAL=${INTERVAL:-1}
JAR=${JAR:-web/target/payara-micro.jar}
WAR=${WAR:-web/target/micro/ROOT.war}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench/webhooks-$STAMP.txt
ARRIVALS=bench/webhooks-$STAMP.arrivals
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill $p 2>/dev/null || true; done' EXIT

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
: > "$ARRIVALS"
python3 bench/webhook-receiver.py $RECEIVER_PORT "$ARRIVALS" &
PIDS+=($!)

declare -A INSTANCE_OF
for i in $(seq 0 $((INSTANCES - 1))); do
  PORT=${PORTS[$i]}
  java -Xmx1g -Dconcord.demo.enabled=true \
    -Dconcord.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dconcord.db.driver=org.postgresql.ds.PGSimpleDataSource \
    -Dconcord.db.user=postgres -Dconcord.db.password=postgres \
    -Dconcord.webhooks.allow-local-receivers=true -Dconcord.webhooks.dispatch.interval=$INTERVAL \
    -jar "$JAR" --deploy "$WAR" --port $PORT --nocluster > bench/payara-webhooks-$PORT.log 2>&1 &
  PID=$!
  PIDS+=($PID)
  INSTANCE_OF[$PID]=$PORT
  # One after the other: the first migrates the database and writes the demo data.
  until curl -sf http://127.0.0.1:$PORT/health/ready > /dev/null; do
    kill -0 $PID || { tail bench/payara-webhooks-$PORT.log; exit 1; }; sleep 2
  done
  echo "instance on port $PORT ready (pid $PID)"
done

ORG=$($PSQL -d $DB -At -c "select id from organisation where name = 'Streamly Ltd'")
ENDPOINT=$(python3 -c 'import uuid; print(uuid.uuid4())')
SECRET=whsec_$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
$PSQL -d $DB -c "insert into webhook_endpoint (id, organisation_id, url, enabled, secret, created_at)
  values ('$ENDPOINT', '$ORG', 'http://127.0.0.1:$RECEIVER_PORT/hook', true, '$SECRET', now());
  insert into webhook_endpoint_event values ('$ENDPOINT', 'PROCEDURE_COMMENCED');"

enqueue() { # count, a tag for the subject: one transaction, every row due at its commit
  $PSQL -d $DB -c "insert into webhook_delivery (id, message_id, endpoint_id, event_type, payload, subject_id,
      created_at, next_attempt_at, series_started_at, attempts)
    select gen_random_uuid(), 'msg_' || replace(s.id::text, '-', ''), '$ENDPOINT', 'PROCEDURE_COMMENCED',
      '{\"type\":\"procedure.commenced\",\"timestamp\":\"' || to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')
        || '\",\"data\":{\"organisationId\":\"$ORG\",\"procedureId\":\"' || s.id || '\",\"reference\":\"$2-' || s.n || '\"}}',
      s.id, now(), now(), now(), 0
    from (select gen_random_uuid() id, n from generate_series(1, $1) n) s"
}
pending() { $PSQL -d $DB -At -c "select count(*) from webhook_delivery where next_attempt_at is not null"; }
wait_drained() { local n=0; until [ "$(pending)" = 0 ]; do sleep 0.5; n=$((n + 1)); [ $n -lt 2400 ] || exit 1; done; }

# Warm-up: the JIT, the pools, the connections to the receiver.
enqueue 1000 WARM
wait_drained
: > "$ARRIVALS"
$PSQL -d $DB -c "truncate webhook_attempt, webhook_delivery"

echo "$EVENTS deliveries queued in one transaction, $INSTANCES instance(s), sweep every ${INTERVAL}s" | tee "$OUT"
BEFORE=$(date +%s.%N)
enqueue "$EVENTS" BURST
COMMITTED=$(date +%s.%N)
wait_drained
sleep 3 # a second attempt of anything, had there been one, would have arrived by now
cp "$ARRIVALS" "$ARRIVALS.burst"
# Which instance holds the receiver's connections (their client ports), for the split between the dispatchers.
ss -Htnp state established "( dport = :$RECEIVER_PORT )" > "$ARRIVALS.connections" || true
$PSQL -d $DB -At -F' ' -c "select message_id, count(a.id) from webhook_delivery d
  left join webhook_attempt a on a.delivery_id = d.id group by message_id" > "$ARRIVALS.attempts"
python3 - "$ARRIVALS.burst" "$ARRIVALS.connections" "$ARRIVALS.attempts" "$BEFORE" "$COMMITTED" "$EVENTS" \
  "$(for p in "${!INSTANCE_OF[@]}"; do echo -n "$p:${INSTANCE_OF[$p]},"; done)" <<'PY' | tee -a "$OUT"
import collections, re, sys
arrivals, connections, attempts, before, committed, events, instances = sys.argv[1:]
before, committed, events = float(before), float(committed), int(events)
ports = dict(p.split(':') for p in instances.strip(',').split(','))
rows = [l.split() for l in open(arrivals)]
times = sorted(float(r[0]) for r in rows)
ids = collections.Counter(r[1] for r in rows)
owner = {}
for line in open(connections):
    m = re.search(r'127\.0\.0\.1\]?:(\d+)\s+\S+\s+users:\(\("java",pid=(\d+)', line)
    if m:
        owner[m.group(1)] = ports.get(m.group(2), m.group(2))
split = collections.Counter(owner.get(r[2], 'connection closed since') for r in rows)
delays = sorted(t - committed for t in times)
pct = lambda q: delays[min(len(delays) - 1, int(q * len(delays)))]
print(f"commit at {committed:.3f} (psql ran {committed - before:.3f} s; the delays count from its return)")
print(f"received {len(rows)} posts, {len(ids)} distinct webhook-ids, "
      f"ids received more than once: {sum(1 for n in ids.values() if n > 1)}")
print(f"throughput: {events / (times[-1] - committed):.0f} events/s from commit to the last arrival "
      f"({times[-1] - committed:.1f} s); {(len(times) - 1) / (times[-1] - times[0]):.0f} events/s first to last arrival")
print(f"delay commit -> first attempt: first {delays[0]:.3f} s, p50 {pct(.5):.3f} s, p95 {pct(.95):.3f} s, "
      f"max {delays[-1]:.3f} s")
counts = collections.Counter(int(l.split()[1]) for l in open(attempts))
print(f"attempts per delivery (webhook_attempt): {dict(sorted(counts.items()))}")
print(f"posts by the instance holding the connection (by port): {dict(split)}")
PY

echo "trickle: $TRICKLE deliveries, one transaction each, about 10 a second" | tee -a "$OUT"
: > "$ARRIVALS"
: > "$ARRIVALS.commits"
for n in $(seq 1 "$TRICKLE"); do
  enqueue 1 "T$n"
  echo "$(date +%s.%N) T$n" >> "$ARRIVALS.commits"
  sleep 0.1
done
wait_drained
sleep 2
$PSQL -d $DB -At -F' ' -c "select message_id, substring(payload from '\"reference\":\"(T[0-9]+)-') from webhook_delivery
  where payload like '%\"T%'" > "$ARRIVALS.trickle-ids"
python3 - "$ARRIVALS" "$ARRIVALS.commits" "$ARRIVALS.trickle-ids" <<'PY' | tee -a "$OUT"
import collections, sys
arrivals, commits, refs = sys.argv[1:]
committed = {l.split()[1]: float(l.split()[0]) for l in open(commits)}
tag = dict(l.split() for l in open(refs))
rows = [l.split() for l in open(arrivals)]
ids = collections.Counter(r[1] for r in rows)
delays = sorted(float(r[0]) - committed[tag[r[1]]] for r in rows if r[1] in tag)
pct = lambda q: delays[min(len(delays) - 1, int(q * len(delays)))]
print(f"received {len(rows)} posts, {len(ids)} distinct ids, ids received more than once: "
      f"{sum(1 for n in ids.values() if n > 1)}")
print(f"delay commit -> first attempt: p50 {pct(.5):.3f} s, p95 {pct(.95):.3f} s, max {delays[-1]:.3f} s")
PY
echo "Results: $OUT"
