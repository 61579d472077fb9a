#!/usr/bin/env bash
# Start-up to ready (issue 12: within 5 s): launches the packaged app ROUNDS times on one migrated database and
# prints each time from launching java to the first 200 from /q/health/ready: without a class archive, with
# Quarkus's (made by the build, static init only) and with the image's (docker/app-cds.sh: a training run against
# this database). The build is the one the image is made from (quarkus.package.jar.aot.enabled, application.properties).
#   ./mvnw -o package -DskipTests && ./mvnw -o -q test-compile
#   bash src/test/perf/startup.sh [rounds=5]
# JAVA_OPTS (default -Xmx256m -XX:+UseSerialGC, the benchmark's) goes to every launch.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROUNDS=${1:-5}
NATIONAL_DB_DIR=target/startup-postgres
APP_LOG=target/startup-app.log
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
# shellcheck source=lib.sh
source src/test/perf/lib.sh
trap perf_cleanup EXIT
ARCHIVE=target/quarkus-app/app-cds.jsa  # the app starts in its directory: the option names it as app-cds.jsa
[ -f "$ARCHIVE" ] || { echo "no $ARCHIVE: build with ./mvnw -o package -DskipTests" >&2; exit 1; }

start_database fresh
# The first start applies the migrations; it is not what a new instance costs.
APP_JAVA_OPTS="$JAVA_OPTS" start_app
stop_app

# Milliseconds from launch to ready, with the given JVM options.
ready_ms() {
  local started
  started=$(date +%s%N)
  APP_NO_WAIT=1 APP_JAVA_OPTS="$JAVA_OPTS $1" start_app
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_MANAGEMENT_PORT/q/health/ready")" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped: see $APP_LOG" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
  stop_app
}

# The image's archive, made as the image makes it, with the same JVM options as the runs below.
# shellcheck disable=SC2086
APP_CDS_ARCHIVE=trained.jsa DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
  bash docker/app-cds.sh target/quarkus-app $JAVA_OPTS
variants=("plain|" "AppCDS, Quarkus's build (static init)|-XX:SharedArchiveFile=app-cds.jsa -Xshare:on"
  "AppCDS, training run (the image's)|-XX:SharedArchiveFile=trained.jsa -Xshare:on")
# JDK 25 and later (java first on the PATH; the build made with the same JDK and the property above, so the classes
# sit on the class path where the cache can hold them): a Leyden AOT cache from a training run of this script's own,
# a start and 400 page views. It keeps classes loaded and linked and the JIT's profiles, which AppCDS on 17 cannot.
if java -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  rm -f target/quarkus-app/app.aot
  APP_JAVA_OPTS="$JAVA_OPTS -XX:AOTCacheOutput=app.aot" start_app
  for _ in $(seq 1 200); do
    curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/login"; curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/"
  done
  stop_app  # the cache is written as the JVM exits
  [ -f target/quarkus-app/app.aot ] && variants+=("AOT cache (trained)|-XX:AOTCache=app.aot")
fi
for variant in "${variants[@]}"; do
  name=${variant%%|*}
  opts=${variant#*|}
  times=()
  for _ in $(seq 1 "$ROUNDS"); do times+=("$(ready_ms "$opts")"); done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  echo "$name: ready in ${times[*]} ms (sorted: $sorted; load average $(cut -d' ' -f1-3 /proc/loadavg))"
done
grep -m1 'started in' "$APP_LOG" | sed 's/.*started in/last start: Quarkus says started in/' || true
