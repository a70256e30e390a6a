#!/usr/bin/env bash
# Runs docker/micro/start.sh, the Micro image's entrypoint, outside Docker: two clustered
# nodes on PostgreSQL, started with exactly the options the image uses, the image's own
# entrypoint.sh replaced by a stand-in that runs the same Payara Micro jar. Then proves the
# data grid: a session opened by logging in on node 1 is served by node 2.
# Needs `mvn package` first and PostgreSQL at 127.0.0.1:5432 (as on CI machines).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/web/target/cluster-smoke"
rm -rf "$work" && mkdir -p "$work/home"
cat > "$work/home/entrypoint.sh" <<STANDIN
exec java -Xmx768m \$JVM_ARGS -jar "$root/web/target/payara-micro.jar" "\$@"
STANDIN
# Where the image has it: beside start.sh in the home directory.
cp "$root/web/src/main/payara/pre-boot-commands.asadmin" "$work/home/"

export DEPLOY_DIR="$root/web/target" HOME_DIR="$work/home"
export JIANNUO_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=jiannuo_cluster"
export JIANNUO_DB_USER=postgres JIANNUO_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
export JIANNUO_DB_SCHEMA=jiannuo_cluster JIANNUO_STARTUP_HALT_ON_FAILURE=true
export PAYARA_CLUSTER_MODE="tcpip:127.0.0.1:6900,127.0.0.1:6901"

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT

start_node() { # name port extra-env...
    local name=$1 port=$2; shift 2
    env "$@" PAYARA_INSTANCE_NAME="$name" sh "$root/docker/micro/start.sh" --port "$port" > "$work/$name.log" 2>&1 &
    pids+=($!)
}

wait_ready() { # name port
    for _ in $(seq 1 90); do
        if curl -sf "http://127.0.0.1:$2/health/ready" > /dev/null; then
            echo "cluster smoke test: $1 ready"; return 0
        fi
        sleep 2
    done
    echo "cluster smoke test: $1 did not become ready; log: $work/$1.log" >&2
    tail -50 "$work/$1.log" >&2
    return 1
}

start_node node1 18081 JIANNUO_DEMO_ENABLED=true JIANNUO_DB_CLEAN_ON_START=true
wait_ready node1 18081
start_node node2 18082 JIANNUO_DEMO_ENABLED=false
wait_ready node2 18082

# start.sh gives Payara Micro the pre-boot commands that take its product banner off.
if curl -sI http://127.0.0.1:18081/login.xhtml | grep -qiE '^(server|x-powered-by):'; then
    echo "cluster smoke test: node1 names its server product in a header" >&2
    exit 1
fi

cookies="$work/cookies"
# The login form carries a token of the session that was shown the form.
token=$(curl -sf -c "$cookies" -b "$cookies" http://127.0.0.1:18081/login.xhtml | grep -o 'name="loginToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -sf -c "$cookies" -b "$cookies" -o /dev/null -d "tenant=demo&username=admin&password=Demo@2026&loginToken=$token" \
    http://127.0.0.1:18081/login.xhtml
for attempt in $(seq 1 10); do
    # Read whole, then searched: under pipefail, grep -q leaving early would fail curl's write on a long page.
    if curl -sf -b "$cookies" -o "$work/node2-index.html" http://127.0.0.1:18082/index.xhtml \
            && grep -q "青山县委组织部（演示）" "$work/node2-index.html"; then
        echo "cluster smoke test: a session opened on node1 is served by node2 (attempt $attempt)"
        exit 0
    fi
    sleep 1
done
echo "cluster smoke test: node2 did not recognise node1's session" >&2
grep -h "Members {" "$work"/node*.log >&2 || true
exit 1
