#!/usr/bin/env bash
# The existence-oracle bench (issue 22, R-SEC.6, R-13.1; docs/benchmarks.md, "Existence oracle"): does a Procedure
# the caller may not see answer in another time than an id that does not exist? An outsider (Bob, a Party of none of
# the demo Procedures) sends GET /api/v1/procedures/<id> for a hidden Procedure and for a fresh random id, interleaved
# in random order within each pair, over one keep-alive connection, and the script reports the median of the paired
# differences (hidden - missing) with a bootstrap 95% confidence interval, the Hodges-Lehmann shift with its
# distribution-free 95% interval, and checks that both answers carry the same status and bytes. Builds nothing.
# Needs: python3 with numpy, curl; for its own instance also psql and PostgreSQL on 127.0.0.1:5432 and a built web
# module (mvn package -pl web -am -DskipTests); JAR and WAR name another build (e.g. a checkout of the code before).
# Usage: bench/existence-oracle.sh [pairs, default 2000] [warm-up pairs, default 500] [port, default 8181]
# Against a running instance instead (e.g. the README's `mvn -Prun package -pl web -am` on 8080):
#   BASE=http://localhost:8080 HIDDEN=<id of a Procedure Bob may not see> bench/existence-oracle.sh
# PATH_TEMPLATE picks another resource, e.g. PATH_TEMPLATE=/api/v1/mediations/%s (and HIDDEN a hidden mediation).
# Run under `flock /tmp/concord-payara.lock` on a shared machine (the port is shared with the integration tests).
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS=${1:-2000}
WARMUP=${2:-500}
PORT=${3:-8181}
DB=concord_bench_oracle
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
JAR=${JAR:-web/target/payara-micro.jar}
WAR=${WAR:-web/target/micro/ROOT.war}
OUTSIDER=${OUTSIDER:-bob@concord.example:concord-demo}
PATH_TEMPLATE=${PATH_TEMPLATE:-/api/v1/procedures/%s}
OUT=bench/existence-oracle-$(date -u +%Y%m%dT%H%M%SZ).txt

if [ -z "${BASE:-}" ]; then
  BASE=http://127.0.0.1:$PORT
  export PGPASSWORD=${PGPASSWORD:-postgres}
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
  java -Xmx1g -Dconcord.demo.enabled=true \
    -Dconcord.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dconcord.db.driver=org.postgresql.ds.PGSimpleDataSource \
    -Dconcord.db.user=postgres -Dconcord.db.password=postgres \
    -jar "$JAR" --deploy "$WAR" --port $PORT --nocluster \
    > bench/payara-oracle.log 2>&1 &
  MICRO=$!
  trap 'kill $MICRO 2>/dev/null || true' EXIT
  until curl -sf $BASE/health/ready > /dev/null; do kill -0 $MICRO || { tail bench/payara-oracle.log; exit 1; }; sleep 2; done
  # A demo Procedure of Alice and Streamly: Bob is in neither its circle nor Streamly Ltd.
  HIDDEN=${HIDDEN:-$($PSQL -d $DB -At -c "select p.id from procedure p where not exists (select 1 from participant pa
    join user_account a on a.id = pa.account_id where pa.procedure_id = p.id and a.email = 'bob@concord.example')
    order by p.received_at limit 1")}
fi
: "${HIDDEN:?set HIDDEN to the id of a Procedure the outsider may not see}"

# Bob's token (Basic costs an Argon2id check per new credential; a token is what a script uses).
TOKEN=$(curl -sf -u "$OUTSIDER" -H 'Content-Type: application/json' -d '{"label":"existence oracle bench"}' \
  $BASE/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')
{ echo "base $BASE, hidden $HIDDEN, $PAIRS pairs after $WARMUP warm-up pairs, ${LABEL:-$(git log -1 --format='%h %s' | cut -c1-90)}"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$OUT"
BASE=$BASE TOKEN=$TOKEN HIDDEN=$HIDDEN PAIRS=$PAIRS WARMUP=$WARMUP PATH_TEMPLATE=$PATH_TEMPLATE \
  python3 - <<'PY' | tee -a "$OUT"
import http.client, os, random, time, uuid
from urllib.parse import urlparse
import numpy as np

base = urlparse(os.environ["BASE"])
headers = {"Authorization": "Bearer " + os.environ["TOKEN"], "Accept": "application/json"}
template, hidden = os.environ["PATH_TEMPLATE"], os.environ["HIDDEN"]
pairs, warmup = int(os.environ["PAIRS"]), int(os.environ["WARMUP"])
conn = http.client.HTTPConnection(base.hostname, base.port or 80, timeout=30)

def get(ident):
    start = time.perf_counter_ns()
    conn.request("GET", template % ident, headers=headers)
    response = conn.getresponse()
    body = response.read()
    elapsed = time.perf_counter_ns() - start
    kept = sorted((k.lower(), v) for k, v in response.getheaders() if k.lower() not in ("date", "x-request-id"))
    return elapsed / 1e6, (response.status, kept, body)

rng = random.Random(22)
hidden_ms, missing_ms = [], []
answers = {True: {}, False: {}}  # per kind: each distinct answer and how often it came (after the warm-up)
for i in range(warmup + pairs):
    order = [True, False]
    rng.shuffle(order)
    got = {}
    for is_hidden in order:
        got[is_hidden] = get(hidden if is_hidden else str(uuid.uuid4()))
    if i >= warmup:
        hidden_ms.append(got[True][0]); missing_ms.append(got[False][0])
        for kind in (True, False):
            key = repr(got[kind][1])
            answers[kind][key] = answers[kind].get(key, 0) + 1
h, m = np.array(hidden_ms), np.array(missing_ms)
d = h - m
same = set(answers[True]) == set(answers[False])
print(f"answers (status, headers but Date, body): hidden {len(answers[True])} distinct, missing "
      f"{len(answers[False])} distinct; the same bytes for both kinds: {'yes' if same else 'NO'}")
for kind in (True, False):
    for key, count in answers[kind].items():
        if not same:
            print(f"  {'hidden ' if kind else 'missing'} x{count}: {key[:400]}")
print(f"hidden  median {np.median(h):.3f} ms, p10 {np.percentile(h, 10):.3f}, p90 {np.percentile(h, 90):.3f}")
print(f"missing median {np.median(m):.3f} ms, p10 {np.percentile(m, 10):.3f}, p90 {np.percentile(m, 90):.3f}")
gen = np.random.default_rng(22)
boot = np.median(d[gen.integers(0, len(d), (5000, len(d)))], axis=1)
lo, hi = np.percentile(boot, [2.5, 97.5])
print(f"median of paired differences (hidden - missing): {np.median(d):+.3f} ms, bootstrap 95% CI [{lo:+.3f}, {hi:+.3f}]")
boot2 = (np.median(h[gen.integers(0, len(h), (5000, len(h)))], axis=1)
         - np.median(m[gen.integers(0, len(m), (5000, len(m)))], axis=1))
lo2, hi2 = np.percentile(boot2, [2.5, 97.5])
print(f"difference of medians: {np.median(h) - np.median(m):+.3f} ms, bootstrap 95% CI [{lo2:+.3f}, {hi2:+.3f}]")
# Hodges-Lehmann shift of the two samples: the median of all hidden_i - missing_j, with the distribution-free
# interval from the Mann-Whitney U quantiles (normal approximation).
n1, n2 = len(h), len(m)
diffs = np.sort(np.subtract.outer(h, m).ravel())
k = int(np.floor(n1 * n2 / 2 - 1.959964 * np.sqrt(n1 * n2 * (n1 + n2 + 1) / 12)))
print(f"Hodges-Lehmann shift: {np.median(diffs):+.3f} ms, 95% CI [{diffs[k]:+.3f}, {diffs[n1 * n2 - 1 - k]:+.3f}]")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
echo "Results: $OUT"
