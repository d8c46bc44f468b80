#!/usr/bin/env bash
# Start to ready of the packaged H2 build (the embedded default, seed only), three ways, in alternating rounds:
#   none      java -jar quarkus-run.jar
#   built-in  java -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar, the archive Quarkus writes at package time
#             (quarkus.package.jar.appcds.enabled=true: it starts the application in the build and archives what loaded)
#   training  the same flag with the archive of src/main/scripts/appcds-training-run.sh (a full start and one query)
# Each start runs from the application's directory on a database created beforehand, and is timed from the java
# command to the first 200 from /q/health/ready. Prints every time and each way's median, in ms.
#
#   bench/startup.sh [rounds, default 7]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-7}
PORT=${STARTUP_PORT:-18090}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

./mvnw -q -B -ntp clean package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
cp -a target/quarkus-app "$WORK/built-in"
cp -a target/quarkus-app "$WORK/none" && rm "$WORK/none/app-cds.jsa"
cp -a target/quarkus-app "$WORK/training" && src/main/scripts/appcds-training-run.sh "$WORK/training" > /dev/null

start() { # variant; prints the ms from start to ready
  local app=$WORK/$1 started pid
  local options=()
  [ -f "$app/app-cds.jsa" ] && options=(-XX:SharedArchiveFile=app-cds.jsa -Xshare:on)
  started=$(date +%s%N)
  (cd "$app" && QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK/data-$1/envoys" \
    exec java "${options[@]}" -jar quarkus-run.jar) > "$WORK/$1.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    if ! kill -0 "$pid" 2> /dev/null; then echo "$1 stopped before it was ready:" >&2; cat "$WORK/$1.log" >&2; exit 1; fi
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
  kill "$pid"; wait "$pid" 2> /dev/null || true
}

VARIANTS=(none built-in training)
declare -A TIMES
for variant in "${VARIANTS[@]}"; do start "$variant" > /dev/null; done   # creates each database
for round in $(seq 1 "$ROUNDS"); do
  for variant in "${VARIANTS[@]}"; do TIMES[$variant]+="$(start "$variant") "; done
done
echo "start to ready, H2 build, $(nproc) cores, $(java -version 2>&1 | head -1), $ROUNDS rounds, $(date -u '+%Y-%m-%d %H:%M UTC')"
for variant in "${VARIANTS[@]}"; do
  median=$(echo "${TIMES[$variant]}" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-9s median %5s ms   (%s)\n' "$variant" "$median" "${TIMES[$variant]% }"
done
