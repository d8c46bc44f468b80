#!/usr/bin/env bash
# Envoys against PostGraphile 5 and PostGraphile 4 on one machine and one PostgreSQL database, side by side.
# Builds the PostgreSQL variant, loads the synthetic dataset (and bench/postgraphile.sql, the computed column Q6 needs
# in PostGraphile), starts the three servers, checks that they answer each workload with the same rows, warms them
# up, then runs every workload with wrk in alternating rounds (Envoys, PostGraphile 5, PostGraphile 4, and again).
# Also: the raw SQL of Q1 through pgbench, SQL statements per request, memory after the load, start-to-ready on H2
# and PostgreSQL, and the cost check's share of the CPU under Q1 and Q6 (bench/cost-overhead.sh). Writes
# bench/results/<date>.md and .png.
#
#   bench/run.sh
#   DURATION=30s ROUNDS=3 MEETINGS=50000 bench/run.sh
#
# Needs a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust authentication), Node.js
# with npm (PostGraphile 4 runs on it; PostGraphile 5 brings Node 22 from npm), and Debian's apt for wrk and
# python3-matplotlib when they are missing. Ports 8181, 5004 and 5005 must be free.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
ROUNDS=${ROUNDS:-2}
CONNECTIONS=${CONNECTIONS:-16}
SYSTEMS="envoys postgraphile-v5 postgraphile-v4"
WORKLOADS="q1 q2 q3 q4 q5-page-1 q5-page-1000 q6"

install_missing
for system in postgraphile-v5 postgraphile-v4; do
  [ -d "bench/$system/node_modules" ] || (cd "bench/$system" && npm ci --no-audit --no-fund --loglevel=error)
done

echo "== start to ready on H2 (embedded default, seed only)"
./mvnw -q -B -ntp clean package -DskipTests
mkdir -p "$WORK/answers" bench/results
rm -rf "$WORK/h2-app" "$WORK/h2-data" && cp -a target/quarkus-app "$WORK/h2-app"
APP=$WORK/h2-app
H2_URL="jdbc:h2:file:$PWD/$WORK/h2-data/envoys;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
start_envoys "$H2_URL"; stop envoys
H2_FIRST_MS=$READY_MS
start_envoys "$H2_URL"; stop envoys
H2_READY_MS=$READY_MS
src/main/scripts/appcds-training-run.sh "$APP" > /dev/null
start_envoys "$H2_URL" -XX:SharedArchiveFile=app-cds.jsa -Xshare:on; stop envoys
H2_APPCDS_READY_MS=$READY_MS
echo "   first start (creates the database): $H2_FIRST_MS ms; next start: $H2_READY_MS ms;" \
  "with the AppCDS archive of a training run: $H2_APPCDS_READY_MS ms"

APP=target/quarkus-app
build_postgresql
load_dataset

echo "== starting Envoys, PostGraphile 5 and PostGraphile 4"
start_envoys "$JDBC_URL"
PG_READY_MS=$READY_MS
for system in postgraphile-v5 postgraphile-v4; do
  DATABASE_URL=$DATABASE_URL PORT=${PORT[$system]} GRAPHILE_ENV=production "bench/$system/server.sh" \
    > "$WORK/$system.log" 2>&1 &
  PID[$system]=$!
  ready "http://127.0.0.1:${PORT[$system]}/graphql" -H 'Content-Type: application/json' -d '{"query":"{__typename}"}'
done
echo "   Envoys ready in $PG_READY_MS ms"

graphql() { # system, request body file
  curl -s -H 'Content-Type: application/json' --data-binary @"$2" "http://127.0.0.1:${PORT[$1]}/graphql"
}

# Page 1,000 (20 a page) starts after row 19,980 of the meetings, newest first. Envoys' cursor is encoded from that
# row as the service encodes it; PostGraphile hands out its own cursor for that row.
row=$(psql -Atd "$DATABASE" -F' ' -c "select date, id from meeting order by date desc, id desc offset 19979 limit 1")
declare -A AFTER
AFTER[envoys]=$(python3 -c "import base64,sys; d,i=sys.argv[1:3]; print(base64.urlsafe_b64encode(('meetings\x1f'+d+'\x1f'+i).encode()).decode().rstrip('='))" $row)
for system in postgraphile-v5 postgraphile-v4; do
  order=$([ "$system" = postgraphile-v5 ] && echo ROW_ID_DESC || echo ID_DESC)
  echo "{\"query\": \"{ allMeetings(first: 1, offset: 19979, orderBy: [DATE_DESC, $order]) { edges { cursor } } }\"}" \
    > "$WORK/cursor.json"
  AFTER[$system]=$(graphql "$system" "$WORK/cursor.json" | python3 -c "import json,sys; print(json.load(sys.stdin)['data']['allMeetings']['edges'][0]['cursor'])")
done

echo "== same rows from all three"
for system in $SYSTEMS; do
  for query in q1 q2 q3 q4 q6; do body "bench/queries/$system/$query.graphql" '{}' "$WORK/$system-$query.json"; done
  body "bench/queries/$system/q5.graphql" '{}' "$WORK/$system-q5-page-1.json"
  body "bench/queries/$system/q5.graphql" "{\"after\": \"${AFTER[$system]}\"}" "$WORK/$system-q5-page-1000.json"
done
for workload in $WORKLOADS; do
  for system in $SYSTEMS; do graphql "$system" "$WORK/$system-$workload.json" > "$WORK/answers/$system-$workload.json"; done
  python3 bench/compare.py "$workload" "$WORK"/answers/{envoys,postgraphile-v5,postgraphile-v4}-"$workload".json
done

echo "== SQL statements per request (Envoys)"
statements() { curl -s "http://127.0.0.1:${PORT[envoys]}/q/metrics" | awk '/^envoys_sql_statements_total/ {print $2}'; }
declare -A STATEMENTS
for workload in $WORKLOADS; do
  before=$(statements)
  for _ in $(seq 1 20); do graphql envoys "$WORK/envoys-$workload.json" > /dev/null; done
  STATEMENTS[$workload]=$(python3 -c "print(round(($(statements) - $before) / 20, 1))")
  echo "   $workload: ${STATEMENTS[$workload]}"
done

measure() { # system, workload, duration -> wrk output
  BODY="$WORK/$1-$2.json" wrk -t2 -c"$CONNECTIONS" -d"$3" --latency -s bench/post.lua \
    "http://127.0.0.1:${PORT[$1]}/graphql"
}

echo "== warm-up: $WARMUP per workload and system"
for workload in $WORKLOADS; do
  for system in $SYSTEMS; do measure "$system" "$workload" "$WARMUP" > /dev/null; done
done

echo "== $ROUNDS rounds of $DURATION per workload and system, alternating"
printf 'round\tworkload\tsystem\treq_s\tp50_ms\tp99_ms\n' > "$WORK/runs.tsv"
for round in $(seq 1 "$ROUNDS"); do
  for workload in $WORKLOADS; do
    for system in $SYSTEMS; do
      measure "$system" "$workload" "$DURATION" > "$WORK/wrk.txt"
      if grep -qE 'Non-2xx|Socket errors' "$WORK/wrk.txt"; then
        echo "$system $workload failed:"; cat "$WORK/wrk.txt"; exit 1
      fi
      python3 - "$round" "$workload" "$system" "$WORK/wrk.txt" >> "$WORK/runs.tsv" <<'EOF'
import re, sys
round_, workload, system, path = sys.argv[1:5]
text = open(path).read()
def ms(percentile):
    value, unit = re.search(r"^\s+%s\s+([\d.]+)(us|ms|s)$" % percentile, text, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M).group(1))
print(f"{round_}\t{workload}\t{system}\t{rps:.1f}\t{ms('50%'):.2f}\t{ms('99%'):.2f}")
EOF
      tail -1 "$WORK/runs.tsv"
    done
  done
done

declare -A RSS RSS_MB
for system in $SYSTEMS; do
  RSS[$system]=$(( $(ps -o rss= -p "${PID[$system]}") / 1024 ))
  RSS_MB[$system]=$(( $(ps -o rss= -p "${PID[$system]}") * 1024 / 1000000 ))
done

for system in $SYSTEMS; do stop "$system"; done

echo "== raw SQL of Q1 through pgbench (the SQL limit)"
RAW=$(PGOPTIONS="-c plan_cache_mode=force_generic_plan -c random_page_cost=1.1" pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" -f bench/q1-raw.sql "$DATABASE" 2> /dev/null \
  | awk '/^tps/ {print $3}')
echo "   $RAW transactions/s"

SKIP_BUILD=1 CONNECTIONS=$CONNECTIONS bench/cost-overhead.sh

STAMP=$(date -u +%Y-%m-%d)
[ -e "bench/results/$STAMP.md" ] && STAMP=$(date -u +%Y-%m-%d-%H%M) # a second run that day keeps the first one's
RESULT=bench/results/$STAMP
/usr/bin/python3 bench/report.py "$WORK/runs.tsv" "$RAW" "$RESULT.png" "${STATEMENTS[q1]}" "$H2_READY_MS" \
  "$H2_APPCDS_READY_MS" "${RSS_MB[envoys]}" > "$WORK/table.md"
{
  echo "# Envoys, PostGraphile 5 and PostGraphile 4 on the same PostgreSQL — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/^Mem/ {print $2}') GiB, $(uname -sr)."
  echo "Envoys: $(java -version 2>&1 | head -1), options \`$ENVOYS_JAVA_OPTS\`, PostgreSQL build."
  echo "PostGraphile 5.1.5 (amber preset, connection filter plugin) on Node $(bench/postgraphile-v5/node_modules/.bin/node --version);"
  echo "PostGraphile 4.14.1 (connection filter plugin) on Node $(node --version); PostgreSQL $(psql -Atd postgres -c 'show server_version')."
  echo "Dataset: $COUNTRIES countries, $ENVOYS envoys, $MEETINGS meetings with 3 participants and $QUOTES_PER_MEETING quotes each."
  echo "wrk -t2 -c$CONNECTIONS, $ROUNDS alternating rounds of $DURATION after a $WARMUP warm-up per workload and system;"
  echo "req/s is the mean of the rounds, p50 and p99 the worst round. All three answered every workload with the same rows."
  echo
  echo "![req/s and p99 per workload](./$STAMP.png)"
  echo
  cat "$WORK/table.md"
  echo
  echo "| Envoys | |"
  echo "|---|---|"
  for workload in $WORKLOADS; do echo "| SQL statements per $workload request | ${STATEMENTS[$workload]} |"; done
  echo "| raw SQL of Q1 (bench/q1-raw.sql, pgbench -M prepared with the service's generic plans, $CONNECTIONS connections) | $RAW transactions/s |"
  echo "| start to ready, H2 with the seed (first start, creating the database) | $H2_READY_MS ms ($H2_FIRST_MS ms) |"
  echo "| start to ready, H2 with the seed and the AppCDS archive of a training run | $H2_APPCDS_READY_MS ms |"
  echo "| start to ready, PostgreSQL with the dataset | $PG_READY_MS ms |"
  echo "| RSS after the load: Envoys / PostGraphile 5 / PostGraphile 4 | ${RSS[envoys]} / ${RSS[postgraphile-v5]} / ${RSS[postgraphile-v4]} MiB |"
  echo
  echo "The cost check's share of the work (bench/cost-overhead.sh, after the runs above). $(head -1 "$WORK/cost-overhead.txt")"
  echo
  tail -n +2 "$WORK/cost-overhead.txt" | sed 's/^/- /'
} > "$RESULT.md"
cat "$RESULT.md"
