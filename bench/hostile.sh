#!/usr/bin/env bash
# Hostile requests under load, against the PostgreSQL build on the benchmark's database (bench/run.sh's build and
# dataset: SKIP_BUILD=1 keeps target/quarkus-app when it is a PostgreSQL build, and the dataset is loaded only when
# the database does not hold it). For each set of JVM options, Envoys is started alone and bench/hostile.py measures
# (a) the latency of refusing the issue's hostile query, sequentially; (b) the service's RSS, sampled every 100 ms,
# while six clients send that query for 30 s; (c) meanwhile, the latency of { countries { code } } from another
# client. Prints the figures and writes them to bench/results/<date>-hostile.md.
#
#   bench/hostile.sh
#   SKIP_BUILD=1 SECONDS_UNDER_LOAD=30 SEQUENTIAL=500 JAVA_OPTION_SETS="-Xmx256m|" bench/hostile.sh
#
# JAVA_OPTION_SETS separates the sets with |; an empty set runs with the JVM's default heap (a quarter of the RAM).
# The default runs both: the benchmark's -Xmx256m, and no -Xmx at all, so the memory figure is not the heap cap's.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SECONDS_UNDER_LOAD=${SECONDS_UNDER_LOAD:-30}
SEQUENTIAL=${SEQUENTIAL:-500}
CLIENTS=${CLIENTS:-6}
JAVA_OPTION_SETS=${JAVA_OPTION_SETS--Xmx256m|}
HOSTILE='{ countries { hostedMeetings { nodes { participants { meetings { nodes { participants { meetings { nodes { id } } } } } } } } } }'
SMALL='{ countries { code } }'

install_missing
prepare_postgresql
python3 -c "import json,sys; print(json.dumps({'query': sys.argv[1]}))" "$HOSTILE" > "$WORK/hostile.json"
python3 -c "import json,sys; print(json.dumps({'query': sys.argv[1]}))" "$SMALL" > "$WORK/small.json"

STAMP=$(date -u +%Y-%m-%d)
RESULT=bench/results/$STAMP-hostile.md
{
  echo "# Hostile requests under load — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/^Mem/ {print $2}') GiB, $(uname -sr);"
  echo "$(java -version 2>&1 | head -1); PostgreSQL $(psql -Atd postgres -c 'show server_version'); Envoys' PostgreSQL build"
  echo "at $(git rev-parse --short HEAD) on the benchmark's database ($(dataset_size))."
  echo "Command: \`SECONDS_UNDER_LOAD=$SECONDS_UNDER_LOAD SEQUENTIAL=$SEQUENTIAL CLIENTS=$CLIENTS JAVA_OPTION_SETS=\"$JAVA_OPTION_SETS\" bench/hostile.sh\`"
  echo "(bench/hostile.py: one Python client for the sequential and the small-query requests, wrk for the hostile load,"
  echo "all on the same 2 cores as the service and PostgreSQL, after 2,000 warm-up requests of each query)."
  echo
  echo "Hostile query: \`$HOSTILE\`"
  echo
  echo "Small query: \`$SMALL\`"
} > "$WORK/hostile.md"

IFS='|' read -r -a option_sets <<< "$JAVA_OPTION_SETS"
[[ $JAVA_OPTION_SETS == *'|' ]] && option_sets+=("")
for options in "${option_sets[@]}"; do
  described=${options:-"none (the JVM's default heap, a quarter of the RAM)"}
  echo "== JVM options: $described"
  ENVOYS_JAVA_OPTS=$options start_envoys "$JDBC_URL"
  python3 bench/hostile.py "http://127.0.0.1:${PORT[envoys]}/graphql" "${PID[envoys]}" "$WORK/hostile.json" \
    "$WORK/small.json" "$SEQUENTIAL" "$SECONDS_UNDER_LOAD" "$CLIENTS" | tee "$WORK/hostile-figures.txt"
  stop envoys
  { echo; echo "## JVM options: $described"; echo; sed 's/^/- /' "$WORK/hostile-figures.txt"; } >> "$WORK/hostile.md"
done
mkdir -p bench/results
cp "$WORK/hostile.md" "$RESULT"
echo "== written to $RESULT"
