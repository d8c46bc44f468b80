# Shared by bench/run.sh, bench/cost-overhead.sh and bench/hostile.sh (sourced, not run): the settings, the
# PostgreSQL build, the dataset and starting and stopping the servers. Sourcing it moves to the repository's root.
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DATABASE=envoys_bench
COUNTRIES=${COUNTRIES:-200} ENVOYS=${ENVOYS:-5000} MEETINGS=${MEETINGS:-50000} QUOTES_PER_MEETING=${QUOTES_PER_MEETING:-4}
# The service runs with the heap the container image gets from its 768 MiB memory limit.
ENVOYS_JAVA_OPTS=${ENVOYS_JAVA_OPTS--Xmx256m}
declare -A PORT=([envoys]=8181 [postgraphile-v5]=5005 [postgraphile-v4]=5004)
declare -A PID=()
WORK=target/bench
DATABASE_URL="postgres://$PGUSER@$PGHOST:$PGPORT/$DATABASE"
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE"
APP=target/quarkus-app
mkdir -p "$WORK"
trap 'for pid in "${PID[@]}"; do kill "$pid" 2> /dev/null || true; done' EXIT

install_missing() { # installs wrk and matplotlib through apt when they are missing
  local missing=""
  command -v wrk > /dev/null || missing="$missing wrk"
  /usr/bin/python3 -c 'import matplotlib' 2> /dev/null || missing="$missing python3-matplotlib"
  if [ -n "$missing" ]; then
    echo "== installing$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing > /dev/null
  fi
}

ready() { # url, then curl arguments that make a request answer 200 once the server is ready
  local url=$1; shift
  until curl -sf -o /dev/null "$@" "$url"; do sleep 0.05; done
}

start_envoys() { # JDBC URL, then JVM options; sets PID[envoys] and READY_MS. Runs in $APP, as the image does
  local started url=$1
  shift
  started=$(date +%s%N)
  (cd "$APP" && QUARKUS_HTTP_PORT=${PORT[envoys]} QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_DATASOURCE_USERNAME=$PGUSER \
    exec java $ENVOYS_JAVA_OPTS "$@" -jar quarkus-run.jar) > "$WORK/envoys.log" 2>&1 &
  PID[envoys]=$!
  until curl -sf -o /dev/null "http://127.0.0.1:${PORT[envoys]}/q/health/ready"; do
    if ! kill -0 "${PID[envoys]}" 2> /dev/null; then echo "Envoys stopped before it was ready:"; cat "$WORK/envoys.log"; exit 1; fi
    sleep 0.05
  done
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop() { # system
  kill "${PID[$1]}"; wait "${PID[$1]}" 2> /dev/null || true; unset "PID[$1]"
}

build_postgresql() {
  echo "== building the PostgreSQL variant"
  ./mvnw -q -B -ntp package -Ppostgresql -DskipTests
}

load_dataset() { # a fresh database, migrated by the service, then the dataset and PostGraphile's computed column
  echo "== fresh database $DATABASE, migrated by the service, then the dataset"
  psql -q -d postgres -c "drop database if exists $DATABASE with (force)" -c "create database $DATABASE"
  start_envoys "$JDBC_URL"; stop envoys
  local started
  started=$(date +%s)
  psql -q -d "$DATABASE" -v countries="$COUNTRIES" -v envoys="$ENVOYS" -v meetings="$MEETINGS" \
    -v quotes_per_meeting="$QUOTES_PER_MEETING" -f bench/dataset.sql > /dev/null
  psql -q -d "$DATABASE" -f bench/postgraphile.sql
  echo "   loaded in $(( $(date +%s) - started )) s: $(dataset_size)"
}

dataset_size() {
  psql -Atd "$DATABASE" -c "select (select count(*) from envoy) || ' envoys, ' || (select count(*) from meeting) || ' meetings, ' || (select count(*) from quote) || ' quotes'" 2> /dev/null
}

prepare_postgresql() { # for the scripts run on their own: the PostgreSQL build (SKIP_BUILD=1 keeps the one in
  # target/quarkus-app when it is a PostgreSQL build) and the dataset (kept when the database holds it already)
  if [ "${SKIP_BUILD:-}" = 1 ] && compgen -G "$APP/lib/main/org.postgresql.postgresql-*.jar" > /dev/null; then
    echo "== the PostgreSQL build in $APP"
  else
    build_postgresql
  fi
  if [ "$(psql -Atd "$DATABASE" -c "select count(*) from meeting where id >= 100000" 2> /dev/null)" = "$MEETINGS" ]; then
    echo "== database $DATABASE: $(dataset_size)"
  else
    load_dataset
  fi
}

body() { # query file, variables JSON, output file: a GraphQL request body
  python3 -c "import json,sys; print(json.dumps({'query': open(sys.argv[1]).read(), 'variables': json.loads(sys.argv[2])}))" \
    "$1" "$2" > "$3"
}
