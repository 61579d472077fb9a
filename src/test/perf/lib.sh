# Shared by the national-scale scripts (generate.sh, check-national.sh, stage-job.sh, explain.sh): the embedded
# database, the packaged app against it, and psql. Source it from the repository root.
#   NATIONAL_DB_DIR  where the generated cluster is kept between runs (default target/national-postgres)
#   DB_URL           an existing database to use instead (jdbc:postgresql://host:port/db; DB_USER, DB_PASSWORD)

NATIONAL_DB_DIR=${NATIONAL_DB_DIR:-target/national-postgres}
DB_USER=${DB_USER:-postgres}
DB_PASSWORD=${DB_PASSWORD:-postgres}
SESSION_KEY=${SESSION_KEY:-benchmark-session-key-0123456789abcdef}
LETTER_KEY=${LETTER_KEY:-benchmark-letter-key-0123456789abcdef}
STAFF_KEY=${STAFF_KEY:-benchmark-staff-key-0123456789abcdef}
PIN_KEY=${PIN_KEY:-benchmark-pin-key-0123456789abcdef0123456789}
APP_PORT=${APP_PORT:-18081}
# Health answers on the management interface only, a port of its own.
APP_MANAGEMENT_PORT=${APP_MANAGEMENT_PORT:-19081}
DB_PID=
APP_PID=

perf_cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ -n "$DB_PID" ]; then kill "$DB_PID" 2>/dev/null || true; wait "$DB_PID" 2>/dev/null || true; fi
}

# Starts the embedded PostgreSQL (kept in NATIONAL_DB_DIR) unless DB_URL is set. $1 = "fresh" wipes the cluster.
start_database() {
  if [ -n "${DB_URL:-}" ]; then return; fi
  # Always kept: zonky deletes a cluster it was told to clean when it stops, so "fresh" wipes it here instead.
  [ "${1:-}" = fresh ] && rm -rf "$NATIONAL_DB_DIR"
  local cp
  cp="target/test-classes:target/classes:$(./mvnw -q ${MVN_OPTS-} dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
  java -Dbench.data-dir="$NATIONAL_DB_DIR" -Dbench.keep-data=true -cp "$cp" no.minside.support.BenchmarkDatabase \
    > target/national-db.log 2>&1 &
  DB_PID=$!
  for _ in $(seq 1 240); do grep -q '^JDBC_URL=' target/national-db.log && break; sleep 0.5; done
  grep -q '^JDBC_URL=' target/national-db.log || { echo 'the embedded database did not start: see target/national-db.log' >&2; exit 1; }
  DB_URL=$(sed -n 's/^JDBC_URL=//p' target/national-db.log)
}

pg_url() { echo "postgresql://$DB_USER:$DB_PASSWORD@${DB_URL#jdbc:postgresql://}"; }
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$(pg_url)" "$@"; }

# Starts the packaged app on APP_PORT (health on APP_MANAGEMENT_PORT) against DB_URL (Flyway migrates at start) and
# waits until it is ready. Java runs in the app's own directory, as an AppCDS archive (app-cds.jsa) requires.
# Extra environment for the app can be passed as NAME=value arguments; APP_JAVA_OPTS goes to the JVM.
start_app() {
  [ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw -o package -DskipTests" >&2; exit 1; }
  env DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" SESSION_KEY="$SESSION_KEY" \
    LETTER_KEY="$LETTER_KEY" STAFF_KEY="$STAFF_KEY" PIN_KEY="$PIN_KEY" QUARKUS_HTTP_PORT="$APP_PORT" \
    QUARKUS_MANAGEMENT_PORT="$APP_MANAGEMENT_PORT" MINSIDE_COOKIES_SECURE=false MINSIDE_STAGE_JOB_CRON=off \
    MINSIDE_PLANS_JOB_CRON=off "$@" \
    bash -c 'cd target/quarkus-app && exec java "$@" -jar quarkus-run.jar' app ${APP_JAVA_OPTS:-} \
    > "${APP_LOG:-target/national-app.log}" 2>&1 &
  APP_PID=$!
  [ -n "${APP_NO_WAIT:-}" ] && return
  wait_app_ready
}

wait_app_ready() {
  for _ in $(seq 1 ${APP_WAIT_STEPS:-240}); do
    curl -sf "localhost:$APP_MANAGEMENT_PORT/q/health/ready" >/dev/null && return
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped: see ${APP_LOG:-target/national-app.log}" >&2; exit 1; }
    sleep 0.5
  done
  echo "the app did not get ready: see ${APP_LOG:-target/national-app.log}" >&2; exit 1
}

stop_app() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi
}
