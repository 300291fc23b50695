#!/usr/bin/env bash
# R-OPS.1: three Concord instances in one cluster on Payara's data grid, on one PostgreSQL database, behind HAProxy
# (ops/haproxy.cfg), all on this machine: for operators trying it out and for benchmarks. See docs/operations.md,
# "Running several instances".
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: ops/cluster.sh start | stop | status | restart N | rolling-restart | kill N

  start            starts instances 1, 2 and 3 at once (CONCORD_INSTANCE_COUNT: the first 1 or 2 only), waits until
                   each is ready and the grid has them all, then starts the proxy; prints the addresses
  stop             stops the proxy and the instances (SIGTERM, then SIGKILL after 30 s)
  status           the instances' and the proxy's processes and readiness
  restart N        stops instance N (SIGTERM), starts it again and waits until it is ready in the grid
  rolling-restart  restart 1, 2, 3 in turn: two instances always serve (e.g. after replacing the WAR)
  kill N           SIGKILL of instance N (the loss of an instance, for tests and benchmarks)

Build first: mvn -o -q -DskipTests package -pl web -am (web/target/micro/ROOT.war, web/target/payara-micro.jar).
Environment (defaults in brackets):
  CONCORD_DB_URL [jdbc:postgresql://127.0.0.1:5432/concord], CONCORD_DB_USER [postgres], CONCORD_DB_PASSWORD [postgres]
  CONCORD_CLUSTER_DIR [web/target/cluster]: logs and process ids
  CONCORD_PROXY_PORT [8000], CONCORD_PROXY_STATS_PORT [8404], CONCORD_INSTANCE_PORTS ["8081 8082 8083"]
  CONCORD_GRID_PORTS ["6931 6932 6933"], CONCORD_CLUSTER_NAME [concord]
  CONCORD_INSTANCE_COUNT [3]: how many of the three start (the proxy finds the others down; benchmarks)
  CONCORD_DEMO_ENABLED [false]: true loads the demo data into an empty database (instance 1 only)
  PAYARA_MICRO_JAR, CONCORD_WAR: the runtime and the application, if not the build's
Every other CONCORD_* variable (mail, base URL, intervals: docs/configuration.md) reaches every instance unchanged.
USAGE
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${CONCORD_CLUSTER_DIR:-$root/web/target/cluster}"
micro="${PAYARA_MICRO_JAR:-$root/web/target/payara-micro.jar}"
war="${CONCORD_WAR:-$root/web/target/micro/ROOT.war}"
read -r -a ports <<<"${CONCORD_INSTANCE_PORTS:-8081 8082 8083}"
read -r -a grid <<<"${CONCORD_GRID_PORTS:-6931 6932 6933}"
proxy_port="${CONCORD_PROXY_PORT:-8000}"
stats_port="${CONCORD_PROXY_STATS_PORT:-8404}"
cluster="${CONCORD_CLUSTER_NAME:-concord}"
count="${CONCORD_INSTANCE_COUNT:-3}"
[[ "$count" =~ ^[123]$ ]] || { echo "CONCORD_INSTANCE_COUNT must be 1, 2 or 3" >&2; exit 2; }
ready_within=300

export CONCORD_DB_URL="${CONCORD_DB_URL:-jdbc:postgresql://127.0.0.1:5432/concord}"
export CONCORD_DB_DRIVER="${CONCORD_DB_DRIVER:-org.postgresql.ds.PGSimpleDataSource}"
export CONCORD_DB_USER="${CONCORD_DB_USER:-postgres}"
export CONCORD_DB_PASSWORD="${CONCORD_DB_PASSWORD:-postgres}"

members() {
    local all=() port
    for port in "${grid[@]:0:$count}"; do all+=("127.0.0.1:$port"); done
    (IFS=,; echo "${all[*]}")
}

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

ready() { curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$1/health/ready"; }

start_instance() {
    local n="$1" i=$(( $1 - 1 )) demo=false
    if alive "$dir/instance-$n.pid"; then
        echo "instance $n already runs (pid $(cat "$dir/instance-$n.pid"))"
        return
    fi
    if [[ "$n" == 1 && "${CONCORD_DEMO_ENABLED:-false}" == true ]]; then demo=true; fi
    # Same WAR, same database, same configuration everywhere; own HTTP port, own grid port, own name.
    CONCORD_DEMO_ENABLED="$demo" nohup java -Xmx512m -jar "$micro" \
        --deploy "$war" --port "${ports[$i]}" \
        --clustername "$cluster" --clustermode "tcpip:$(members)" --startport "${grid[$i]}" \
        --interfaces 127.0.0.1 --hzpublicaddress 127.0.0.1 --nohostaware --name "$cluster-$n" \
        --prebootcommandfile "$root/web/src/main/payara/pre-boot-commands-cluster.asadmin" \
        >>"$dir/instance-$n.log" 2>&1 &
    echo $! >"$dir/instance-$n.pid"
    echo "instance $n: pid $!, http://127.0.0.1:${ports[$i]}/, grid port ${grid[$i]}, log $dir/instance-$n.log"
}

await_instance() {
    local n="$1" i=$(( $1 - 1 )) deadline=$(( SECONDS + ready_within ))
    until ready "${ports[$i]}"; do
        if ! alive "$dir/instance-$n.pid"; then
            echo "instance $n ended; the end of its log:" >&2
            tail -n 40 "$dir/instance-$n.log" >&2
            return 1
        fi
        if (( SECONDS > deadline )); then
            echo "instance $n not ready within $ready_within s" >&2
            return 1
        fi
        sleep 1
    done
    echo "instance $n ready"
}

# The grid is whole when the instance's log says so last (Payara, at each change: "Data Grid Status ... DG Size: 3").
await_grid() {
    local n="$1" size="$count" deadline=$(( SECONDS + ready_within ))
    until [[ "$(grep -o 'DG Size: [0-9]*' "$dir/instance-$n.log" | tail -n 1)" == "DG Size: $size" ]]; do
        if (( SECONDS > deadline )); then
            echo "instance $n: the grid did not reach $size members within $ready_within s" >&2
            return 1
        fi
        sleep 1
    done
    echo "instance $n: grid of $size members"
}

stop_pid() {
    local file="$1" pid
    alive "$file" || { rm -f "$file"; return 0; }
    pid="$(cat "$file")"
    kill "$pid"
    for _ in $(seq 30); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$file"; return 0; }
        sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$file"
}

start_proxy() {
    if alive "$dir/haproxy.pid"; then
        echo "proxy already runs (pid $(cat "$dir/haproxy.pid"))"
        return
    fi
    CONCORD_PROXY_PORT="$proxy_port" CONCORD_PROXY_STATS_PORT="$stats_port" \
        CONCORD_INSTANCE_1_PORT="${ports[0]}" CONCORD_INSTANCE_2_PORT="${ports[1]}" \
        CONCORD_INSTANCE_3_PORT="${ports[2]}" \
        nohup /usr/sbin/haproxy -db -f "$root/ops/haproxy.cfg" >>"$dir/haproxy.log" 2>&1 &
    echo $! >"$dir/haproxy.pid"
    local deadline=$(( SECONDS + 30 ))
    until ready "$proxy_port"; do
        (( SECONDS < deadline )) || { echo "the proxy does not answer; see $dir/haproxy.log" >&2; return 1; }
        sleep 0.5
    done
    echo "proxy: http://127.0.0.1:$proxy_port/ (status page http://127.0.0.1:$stats_port/), log $dir/haproxy.log"
}

restart() {
    local n="$1"
    stop_pid "$dir/instance-$n.pid"
    start_instance "$n"
    await_instance "$n"
    await_grid "$n"
}

command="${1:-}"
case "$command" in
    start)
        [[ -f "$war" && -f "$micro" ]] || { echo "no $war or $micro: build first (see --help)" >&2; exit 1; }
        mkdir -p "$dir"
        for n in $(seq "$count"); do start_instance "$n"; done
        for n in $(seq "$count"); do await_instance "$n"; done
        for n in $(seq "$count"); do await_grid "$n"; done
        start_proxy
        ;;
    stop)
        stop_pid "$dir/haproxy.pid"
        for n in 1 2 3; do stop_pid "$dir/instance-$n.pid"; done
        echo "stopped"
        ;;
    status)
        for n in 1 2 3; do
            i=$(( n - 1 ))
            if alive "$dir/instance-$n.pid"; then
                state="runs (pid $(cat "$dir/instance-$n.pid"))"
                ready "${ports[$i]}" && state="$state, ready" || state="$state, not ready"
            else
                state="stopped"
            fi
            echo "instance $n (port ${ports[$i]}): $state"
        done
        alive "$dir/haproxy.pid" && echo "proxy (port $proxy_port): runs" || echo "proxy: stopped"
        ;;
    restart)
        [[ "${2:-}" =~ ^[123]$ ]] || { usage >&2; exit 2; }
        restart "$2"
        ;;
    rolling-restart)
        for n in 1 2 3; do restart "$n"; done
        ;;
    kill)
        [[ "${2:-}" =~ ^[123]$ ]] || { usage >&2; exit 2; }
        alive "$dir/instance-$2.pid" && kill -9 "$(cat "$dir/instance-$2.pid")"
        rm -f "$dir/instance-$2.pid"
        echo "instance $2 killed"
        ;;
    -h | --help | help)
        usage
        ;;
    *)
        usage >&2
        exit 2
        ;;
esac
