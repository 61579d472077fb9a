#!/usr/bin/env bash
# One full pass of the stage job over generated national-scale data (generate.sh), in the packaged app with a
# small heap: the app runs the job at start (minside.stage-job.run-at-start), logs the pass (cases read, batches,
# advanced, time) and is sampled for heap and RSS while it runs.
#   bash src/test/perf/stage-job.sh [heap, default 256m]
# The pass writes what fell due today; a second run the same day finds nothing left to write (and is the pure
# read cost). Copy target/national-postgres first to measure the first pass again.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/perf/lib.sh
trap perf_cleanup EXIT
HEAP=${1:-256m}
start_database
T0=$(date +%s)
APP_LOG=target/national-stage-job.log APP_JAVA_OPTS="-Xmx$HEAP -Xms$HEAP" APP_NO_WAIT=1 start_app \
  MINSIDE_STAGE_JOB_RUN_AT_START=true QUARKUS_LOG_CATEGORY__NO_MINSIDE_CASES_PROGRESSION__LEVEL=DEBUG
# Sample the app's JVM while the job runs (it runs before the app reports ready).
PEAK_RSS=0
until curl -sf "localhost:$APP_MANAGEMENT_PORT/q/health/ready" >/dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped: see target/national-stage-job.log" >&2; exit 1; }
  RSS=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
  [ "${RSS:-0}" -gt "$PEAK_RSS" ] && PEAK_RSS=$RSS
  HEAP_USED=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -m1 -o 'total [0-9]*K, used [0-9]*K' || true)
  echo "$(( $(date +%s) - T0 )) s: rss $((RSS / 1024)) MB, heap ${HEAP_USED:-?}"
  sleep 15
done
echo "app ready after $(( $(date +%s) - T0 )) s; peak RSS $((PEAK_RSS / 1024)) MB"
grep -E 'Stage progression' target/national-stage-job.log || true
