#!/usr/bin/env bash
# Benchmarks the PostgreSQL build of Envoys on one machine and prints a Markdown table (also written to
# bench/results/). Needs a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres with trust
# authentication), wrk (installed from Debian's packages when missing) and python3.
#   bench/run.sh                      # 20 s per workload, 16 connections, the documented dataset sizes
#   DURATION=60s COUNTRIES=200 ENVOYS=5000 MEETINGS=50000 QUOTES_PER_MEETING=4 bench/run.sh
# Only this service is measured so far; the side-by-side comparison with PostGraphile is still to come.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DATABASE=envoys_bench
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-8181}
COUNTRIES=${COUNTRIES:-200} ENVOYS=${ENVOYS:-5000} MEETINGS=${MEETINGS:-50000} QUOTES_PER_MEETING=${QUOTES_PER_MEETING:-4}
WORK=target/bench
mkdir -p "$WORK" bench/results

command -v wrk > /dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null; }

echo "== building the PostgreSQL variant"
./mvnw -q -B -ntp package -Ppostgresql -DskipTests

echo "== fresh database $DATABASE"
psql -q -d postgres -c "drop database if exists $DATABASE with (force)" -c "create database $DATABASE"

SERVICE=
trap '[ -n "$SERVICE" ] && kill "$SERVICE" 2> /dev/null' EXIT

start_service() {
  QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" \
    QUARKUS_DATASOURCE_USERNAME=$PGUSER java -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
  SERVICE=$!
  local started
  started=$(date +%s%N)
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null; do sleep 0.05; done
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

echo "== migrating (first start), then loading the dataset"
start_service
kill "$SERVICE"; wait "$SERVICE" || true
started=$(date +%s)
psql -q -d "$DATABASE" -v countries="$COUNTRIES" -v envoys="$ENVOYS" -v meetings="$MEETINGS" \
  -v quotes_per_meeting="$QUOTES_PER_MEETING" -f bench/dataset.sql > /dev/null
echo "   loaded in $(( $(date +%s) - started )) s: $(psql -Atd "$DATABASE" -c "select (select count(*) from envoy) || ' envoys, ' || (select count(*) from meeting) || ' meetings, ' || (select count(*) from quote) || ' quotes'")"

start_service
echo "   start to ready: $READY_MS ms"

# The cursor of the last row of page 999 of meetings (20 per page), as the service encodes it.
cursor_row=$(psql -Atd "$DATABASE" -F' ' -c "select date, id from meeting order by date desc, id desc offset 19979 limit 1")
PAGE_1000_CURSOR=$(python3 -c "import base64,sys; d,i=sys.argv[1:3]; print(base64.urlsafe_b64encode(('meetings\x1f'+d+'\x1f'+i).encode()).decode().rstrip('='))" $cursor_row)

body() { # query file, variables JSON -> request body file
  python3 -c "import json,sys; print(json.dumps({'query': open(sys.argv[1]).read(), 'variables': json.loads(sys.argv[2])}))" "$1" "$2" > "$WORK/$3.json"
}
body bench/queries/q1-nested-page.graphql '{}' q1
body bench/queries/q2-envoys-page.graphql '{}' q2
body bench/queries/q3-envoy-counterparts.graphql '{}' q3
body bench/queries/q4-filtered-meetings.graphql '{}' q4
body bench/queries/q5-page-1000.graphql '{}' q5-page-1
body bench/queries/q5-page-1000.graphql "{\"after\": \"$PAGE_1000_CURSOR\"}" q5-page-1000

statements() { curl -s "http://127.0.0.1:$PORT/q/metrics" | awk -F' ' '/^hibernate_statements_total.*prepared/ {print $2}'; }

printf '| workload | req/s | p50 ms | p99 ms | SQL statements / request | response bytes |\n|---|---|---|---|---|---|\n' > "$WORK/table.md"
for workload in q1 q2 q3 q4 q5-page-1 q5-page-1000; do
  file="$WORK/$workload.json"
  if curl -s -H 'Content-Type: application/json' --data-binary @"$file" "http://127.0.0.1:$PORT/graphql" | grep -q '"errors"'; then
    echo "$workload answers with errors:"; curl -s -H 'Content-Type: application/json' --data-binary @"$file" "http://127.0.0.1:$PORT/graphql"; exit 1
  fi
  bytes=$(curl -s -H 'Content-Type: application/json' --data-binary @"$file" "http://127.0.0.1:$PORT/graphql" | wc -c)
  before=$(statements)
  for _ in $(seq 1 20); do curl -s -o /dev/null -H 'Content-Type: application/json' --data-binary @"$file" "http://127.0.0.1:$PORT/graphql"; done
  per_request=$(python3 -c "print(round(($(statements) - $before) / 20, 1))")
  BODY="$file" wrk -t2 -c"$CONNECTIONS" -d5s -s bench/post.lua "http://127.0.0.1:$PORT/graphql" > /dev/null
  BODY="$file" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/post.lua "http://127.0.0.1:$PORT/graphql" > "$WORK/$workload.wrk"
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/$workload.wrk")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$workload.wrk")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$workload.wrk")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$WORK/$workload.wrk")
  [ -z "$errors" ] || { echo "$workload: $errors"; exit 1; }
  echo "| $workload | $rps | $p50 | $p99 | $per_request | $bytes |" | tee -a "$WORK/table.md"
done
RSS_MB=$(( $(ps -o rss= -p "$SERVICE") / 1024 ))

echo "== raw SQL of Q1 through pgbench (the SQL limit)"
RAW=$(pgbench -n -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" -f bench/q1-raw.sql "$DATABASE" 2>/dev/null | awk '/^tps/ {print $3}')

kill "$SERVICE"; wait "$SERVICE" || true

RESULT="bench/results/$(date -u +%Y-%m-%d)-envoys-postgresql.md"
{
  echo "# Envoys on PostgreSQL — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB, $(uname -sr); $(java -version 2>&1 | head -1);"
  echo "PostgreSQL $(psql -Atd postgres -c 'show server_version'); wrk -t2 -c$CONNECTIONS -d$DURATION after a 5 s warm-up."
  echo "Dataset: $COUNTRIES countries, $ENVOYS envoys, $MEETINGS meetings with 3 participants, $QUOTES_PER_MEETING quotes each."
  echo
  cat "$WORK/table.md"
  echo
  echo "Raw SQL of Q1 (bench/q1-raw.sql) through pgbench at $CONNECTIONS connections: $RAW transactions/s."
  echo "Start to ready: $READY_MS ms. Service RSS after the run: $RSS_MB MiB."
} > "$RESULT"
cat "$RESULT"
