#!/usr/bin/env bash
# Fan-out of one recorded quote to N GraphQL subscribers (graphql-transport-ws, one WebSocket each) on one replica,
# K quotes one after another (bench/fanout.mjs): p50, p90, p99 and max of the time from sending the recordQuote
# mutation to its arrival at each subscriber, deliveries against N*K, and the service's RSS before subscribing, after
# subscribing and at the end. Runs against a service already running (FANOUT_URL, its process found from the port
# or given as FANOUT_PID), or starts FANOUT_JAR itself on a fresh H2 database in a temporary directory, with
# ENVOYS_JAVA_OPTS (default -Xmx256m, as bench/lib.sh: the heap of the container image), and stops it at the end.
# The clients run in one Node.js process on the same machine as the service; the load average before the run is
# printed, as other work on the machine moves the tail.
#
#   bench/fanout.sh [subscribers, default 1000] [quotes, default 20]
#   FANOUT_URL=http://127.0.0.1:18080 FANOUT_USER=editor FANOUT_PASSWORD=editor bench/fanout.sh
#   FANOUT_JAR=target/quarkus-app/quarkus-run.jar bench/fanout.sh 1000 20
set -euo pipefail
cd "$(dirname "$0")/.."
SUBSCRIBERS=${1:-1000}
QUOTES=${2:-20}
USER_NAME=${FANOUT_USER:-editor}
PASSWORD=${FANOUT_PASSWORD:-editor}
TOOLS=test-tools/graphql-ws-client
WORK=$(mktemp -d)
PID=${FANOUT_PID:-}
STARTED=""
trap '[ -n "$STARTED" ] && { kill "$STARTED" 2> /dev/null; wait "$STARTED" 2> /dev/null || true; }; rm -rf "$WORK"' EXIT

# one descriptor per WebSocket on each side, and the service inherits this limit when started here
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $(( SUBSCRIBERS + 1024 )) ]; then
  ulimit -n "$(ulimit -Hn)" 2> /dev/null || true
  [ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge $(( SUBSCRIBERS + 1024 )) ] \
    || echo "*** open files limited to $(ulimit -n) (hard limit $(ulimit -Hn)): $SUBSCRIBERS connections may fail"
fi
[ -d "$TOOLS/node_modules/graphql-ws" ] || (cd "$TOOLS" && npm ci --no-audit --no-fund > /dev/null)

if [ -n "${FANOUT_JAR:-}" ]; then
  PORT=${FANOUT_PORT:-18091}
  URL=http://127.0.0.1:$PORT
  (cd "$(dirname "$FANOUT_JAR")" && exec env QUARKUS_HTTP_PORT="$PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK/data/envoys" \
    "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_${USER_NAME^^}=$PASSWORD" "QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_${USER_NAME^^}=editor" \
    java ${ENVOYS_JAVA_OPTS--Xmx256m} -jar "$(basename "$FANOUT_JAR")") > "$WORK/envoys.log" 2>&1 &
  STARTED=$!
  PID=$STARTED
  until curl -sf -o /dev/null "$URL/q/health/ready"; do
    if ! kill -0 "$STARTED" 2> /dev/null; then echo "Envoys stopped before it was ready:"; cat "$WORK/envoys.log"; exit 1; fi
    sleep 0.05
  done
else
  URL=${FANOUT_URL:-http://127.0.0.1:18080}
  PORT=$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#' <<< "$URL")
  PORT=${PORT:-80}
  curl -sf -o /dev/null "$URL/q/health/ready" || { echo "no service ready at $URL (set FANOUT_URL, or FANOUT_JAR to start one)"; exit 1; }
  [ -n "$PID" ] || PID=$(ss -Hltnp "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  [ -n "$PID" ] || PID=$(lsof -t -sTCP:LISTEN -iTCP:"$PORT" 2> /dev/null | head -1 || true)
  [ -n "$PID" ] || echo "*** no process found listening on port $PORT (set FANOUT_PID): RSS not reported"
fi

JAVA=java   # the service's own when it can be read, else the one on the PATH
[ -n "$PID" ] && [ "$(ps -o comm= -p "$PID")" = java ] && [ -x "/proc/$PID/exe" ] && JAVA=/proc/$PID/exe
echo "fan-out, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
JVM_OPTIONS=$([ -n "$PID" ] && tr '\0' ' ' < "/proc/$PID/cmdline" 2> /dev/null | grep -o -- ' -X[^ ]*' | tr -d '\n' || true)
echo "service: $URL, pid ${PID:-unknown}, $("$JAVA" -version 2>&1 | head -1)${JVM_OPTIONS:+, options$JVM_OPTIONS}${STARTED:+, started here on H2 in $WORK}"
echo "clients: Node.js $(node --version), graphql-ws $(node -p "require('./$TOOLS/node_modules/graphql-ws/package.json').version"), open files limit $(ulimit -n)"
node bench/fanout.mjs --url "$URL" --user "$USER_NAME" --password "$PASSWORD" --n "$SUBSCRIBERS" --k "$QUOTES" --pid "${PID:-}"
