#!/usr/bin/env bash
# What the cost check costs: the share of the service's Java execution samples (JFR) whose stack holds
# io.envoys.graphql.cost.QueryCost.of, under the load of a workload (by default Q1, the nested page, and Q6, the
# nested connections), with the CPU microseconds per request that share stands for. Envoys (PostgreSQL build) runs
# alone with JFR's stack depth raised, is warmed up with wrk on every workload in turn, then per workload a recording
# is started and stopped with jcmd around one wrk run and read by bench/jfr_share.py. bench/run.sh runs it after its
# main run; on its own it builds the PostgreSQL variant (SKIP_BUILD=1 keeps target/quarkus-app when it is one) and
# loads the dataset when the database does not hold it yet.
#
#   bench/cost-overhead.sh
#   SKIP_BUILD=1 DURATION=30s WORKLOADS="q1 q6" bench/cost-overhead.sh
#
# Prints the settings, then one line per workload (and writes them to target/bench/cost-overhead.txt).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-16}
WORKLOADS=${WORKLOADS:-q1 q6}
WARM_WITH=${WARM_WITH:-q1 q2 q3 q4 q6}
PERIOD=${PERIOD:-2ms}
IDLE=${IDLE:-20}
METHOD=io.envoys.graphql.cost.QueryCost.of

prepare_postgresql
# JFR records from the start (a background recording, the default settings): starting the first recording later
# instruments the JDK's socket and file classes, which throws away the JIT's compiled code that inlined them; in a
# trial that cut Q1 to a third while C2 compiled some 3,000 methods again in 30 s. Each measured window is then a
# second recording, started and stopped with jcmd, which changes no code.
start_envoys "$JDBC_URL" -XX:FlightRecorderOptions:stackdepth=256 \
  -XX:StartFlightRecording=name=background,settings=default,maxage=5m
run() { # workload, duration
  BODY="$WORK/cost-$1.json" wrk -t2 -c"$CONNECTIONS" -d"$2" -s bench/post.lua "http://127.0.0.1:${PORT[envoys]}/graphql"
}
# Envoys' speed on one workload depends on what the JIT has seen: Q1 alone from a fresh start ran at about half the
# rate it reached after the other workloads had run too (290-320 against 530-610 req/s, 2026-11-30), as they do in
# bench/run.sh's warm-up. So every workload warms up first.
for workload in $WARM_WITH $WORKLOADS; do body "bench/queries/envoys/$workload.graphql" '{}' "$WORK/cost-$workload.json"; done
for workload in $WARM_WITH; do run "$workload" "$WARMUP" > /dev/null; done
sleep "$IDLE" # the JIT's queue drains, as it does in bench/run.sh while the other systems run
echo "Envoys alone, JFR on from the start, warmed up with $WARMUP of each of $WARM_WITH and $IDLE s idle; per workload a" \
  "JFR recording (profile settings, jdk.ExecutionSample every $PERIOD) around one wrk run of $DURATION at" \
  "$CONNECTIONS connections:" | tee "$WORK/cost-overhead.txt"
for workload in $WORKLOADS; do
  recording="$WORK/cost-$workload.jfr"
  rm -f "$recording"
  jcmd "${PID[envoys]}" JFR.start name="cost-$workload" settings=profile "jdk.ExecutionSample#period=$PERIOD" > /dev/null
  read -r utime stime < <(awk '{print $14, $15}' "/proc/${PID[envoys]}/stat")
  run "$workload" "$DURATION" > "$WORK/cost-wrk.txt"
  read -r utime2 stime2 < <(awk '{print $14, $15}' "/proc/${PID[envoys]}/stat")
  jcmd "${PID[envoys]}" JFR.stop name="cost-$workload" filename="$PWD/$recording" > /dev/null
  if grep -qE 'Non-2xx|Socket errors' "$WORK/cost-wrk.txt"; then echo "$workload failed:"; cat "$WORK/cost-wrk.txt"; exit 1; fi
  requests=$(awk '/requests in/ {print $1}' "$WORK/cost-wrk.txt")
  cpu=$(python3 -c "import os,sys; print(($utime2 + $stime2 - $utime - $stime) / os.sysconf('SC_CLK_TCK'))")
  rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$WORK/cost-wrk.txt")
  echo "$workload ($rps req/s under JFR): $(python3 bench/jfr_share.py "$recording" "$METHOD" "$cpu" "$requests")" \
    | tee -a "$WORK/cost-overhead.txt"
done
stop envoys
