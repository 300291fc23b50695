#!/usr/bin/env bash
# Registration to first filing (issue 21; docs/benchmarks.md, "Registration to first filing"): starts Payara Micro on
# the embedded H2 (a fresh database in a temporary directory) in demo mode on its own port, with a mail catcher
# (bench/smtp-catch.py) standing in for the relay, runs bench/signup-to-filing.mjs in headless Chromium, stops both.
# Builds nothing. Needs: a built web module, node and npm (playwright-core is installed in the temporary directory),
# python3 (3.11: smtpd), Debian's chromium.
# Usage: bench/signup-to-filing.sh [port, default 8182] [mail dispatch interval in seconds, default 30 as shipped]
# JAR and WAR name another build (e.g. from the main worktree).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8182}
INTERVAL=${2:-30}
SMTP_PORT=2526
BASE=http://127.0.0.1:$PORT
JAR=$(realpath "${JAR:-web/target/payara-micro.jar}")
WAR=$(realpath "${WAR:-web/target/micro/ROOT.war}")
FIXTURE=$(realpath ../shared/fixtures/dsa-tdb/example_statement.json)
OUT=$PWD/bench/signup-$(date -u +%Y%m%dT%H%M%SZ).txt
WORK=$(mktemp -d /tmp/signup-bench.XXXXXX)

if [ ! -d "${PLAYWRIGHT_DIR:-$WORK/pw}/node_modules/playwright-core" ]; then
  (mkdir -p "$WORK/pw" && cd "$WORK/pw" && npm init -y > /dev/null && npm install --silent playwright-core > /dev/null)
fi
PLAYWRIGHT=$(realpath "${PLAYWRIGHT_DIR:-$WORK/pw}/node_modules/playwright-core")

python3 bench/smtp-catch.py $SMTP_PORT "$WORK/mail" 2> /dev/null &
SINK=$!
(cd "$WORK" && exec java -Xmx1g -Dconcord.demo.enabled=true \
  -Dconcord.base-url=$BASE -Dconcord.mail.dispatch.interval=$INTERVAL \
  -Dconcord.mail.smtp.host=127.0.0.1 -Dconcord.mail.smtp.port=$SMTP_PORT \
  -jar "$JAR" --deploy "$WAR" --port $PORT --nocluster > "$WORK/payara.log" 2>&1) &
MICRO=$!
trap 'kill $MICRO $SINK 2>/dev/null || true; wait $MICRO 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf $BASE/health/ready > /dev/null; do
  kill -0 $MICRO || { tail "$WORK/payara.log"; exit 1; }
  sleep 2
done
# Warm-up: the pages of the path once each, so that the figures are not the JIT's and the first JSF compilation's.
for path in register.xhtml login.xhtml confirm.xhtml; do curl -sf -o /dev/null $BASE/$path; done
echo "signup-to-filing, mail dispatch interval ${INTERVAL}s, $(date -u +%FT%TZ)" | tee "$OUT"
for run in 1 2 3; do
  echo "== run $run" | tee -a "$OUT"
  BASE=$BASE MAILDIR="$WORK/mail" FIXTURE="$FIXTURE" PLAYWRIGHT="$PLAYWRIGHT" node bench/signup-to-filing.mjs | tee -a "$OUT"
done
echo "Results: $OUT"
