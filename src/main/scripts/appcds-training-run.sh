#!/usr/bin/env bash
# Creates an AppCDS archive for a packaged Envoys from a training run: starts the application once, waits until it is
# ready, asks it a nested query, stops it, and the JVM writes every class it loaded, already parsed and verified, to
# app-cds.jsa next to quarkus-run.jar. Started with that archive, the JVM maps those classes instead of loading them
# (about 30 % less time from start to ready on the machines here; see README, Benchmark).
#
#   ./mvnw package && src/main/scripts/appcds-training-run.sh [target/quarkus-app]
#   cd target/quarkus-app && java -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar
#
# Start from the application's directory: the archive names the jars by their paths relative to it and checks their
# modification times (copy the directory with cp -a). Only the JDK build that wrote the archive can use it; another
# one warns and starts without it (-Xshare:on makes that an error). The H2 build trains on a throw-away database; for
# the PostgreSQL build set QUARKUS_DATASOURCE_JDBC_URL (and the user and password) to a database it may migrate.
# TRAINING_PORT (default 18080) must be free.
set -euo pipefail

app=$(cd "${1:-target/quarkus-app}" && pwd)
port=${TRAINING_PORT:-18080}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cd "$app"
rm -f app-cds.jsa
QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:h2:file:$scratch/envoys} \
  java -XX:ArchiveClassesAtExit=app-cds.jsa -jar quarkus-run.jar > "$scratch/training.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
  if ! kill -0 "$pid" 2> /dev/null; then
    echo "the application stopped before it was ready:" >&2; cat "$scratch/training.log" >&2; exit 1
  fi
  sleep 0.1
done
curl -sf -o /dev/null -H 'Content-Type: application/json' "http://127.0.0.1:$port/graphql" -d '{"query":
  "{ meetings(first: 5) { nodes { title date hostCountry { name } participants { name country { code } } quotes { nodes { text speaker { name } } } } } }"}'
kill -TERM "$pid"
wait "$pid" || true
if [ ! -s app-cds.jsa ]; then
  echo "the JVM wrote no archive:" >&2; cat "$scratch/training.log" >&2; exit 1
fi
if ! java -XX:SharedArchiveFile=app-cds.jsa -Xshare:on -XX:+PrintSharedArchiveAndExit -jar quarkus-run.jar \
    > "$scratch/check.log" 2>&1; then
  echo "the JVM cannot use the archive it wrote:" >&2; tail -5 "$scratch/check.log" >&2; exit 1
fi
echo "$app/app-cds.jsa ($(( $(stat -c %s app-cds.jsa) / 1048576 )) MiB)"
