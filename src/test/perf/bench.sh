#!/usr/bin/env bash
# The load benchmark, one command: builds the app with the benchmark profile, starts it on an embedded PostgreSQL,
# makes data and sessions, and measures each page with wrk against the baseline page (Fortunes in this stack).
#   bash src/test/perf/bench.sh [seconds] [connections]
# Settings (environment): BENCH_WARMUP (5 s), BENCH_THREADS (2), BENCH_RATE_DURATION (the seconds), BENCH_PAGES
# (a space-separated subset), BENCH_SKIP_BUILD=1, BENCH_DATA=national with BENCH_DEBTORS (100000), BENCH_CASES (200),
# BENCH_PIN_SESSIONS (8), BENCH_SAMPLED (20), BENCH_QUEUE (12), JAVA_OPTS (-Xmx256m), BENCH_JFR=prefix (a profile of each page's maximum run),
# BENCH_PORT (18080), BENCH_MANAGEMENT_PORT (19080, health and metrics), MVN_OPTS (none; -o to stay offline),
# BENCH_ACCEPT_ENCODING (the header every request sends, "gzip, deflate, br, zstd" as Chromium's; empty for none).
# See src/test/perf/README.md. Writes target/bench-report.md.
# Exits non-zero when any request failed or answered with another status than the page's.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
DURATION=${1:-${BENCH_DURATION:-15}}
CONNECTIONS=${2:-${BENCH_CONNECTIONS:-16}}
WARMUP=${BENCH_WARMUP:-5}
THREADS=${BENCH_THREADS:-2}
RATE_DURATION=${BENCH_RATE_DURATION:-$DURATION}
PORT=${BENCH_PORT:-18080}
# Health and metrics answer on the management interface only (its own port, never the page port).
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-19080}
# The heap of the target (-Xmx256m), with the collector and the JVM's own areas sized for a small container: the
# serial collector (no G1 remembered sets), a bounded metaspace and code cache, smaller thread stacks; MALLOC_ARENA_MAX
# (2) keeps glibc from giving each thread an arena of its own. Measured: 326 MB instead of 396 MB after the same load.
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k}
TIMEOUT=${BENCH_TIMEOUT:-10}
# Browsers all accept gzip, and the kept pages are sent compressed to them (PageRenderer.aroundKeptBody); the
# baseline and every other page are sent as they are either way (the app compresses nothing on the fly).
export BENCH_ACCEPT_ENCODING=${BENCH_ACCEPT_ENCODING-gzip, deflate, br, zstd}
PAGES=${BENCH_PAGES:-overview detail-large detail-sampled plan-options plan-evaluation-form plan-evaluation-api staff-queue api-case-read}
PAGES="baseline ${PAGES//baseline/}"  # the baseline always, and first: every ratio is to it
OUT=target/bench
REPORT=target/bench-report.md
APP_DIR=target/bench-app
APP=$APP_DIR/quarkus-run.jar
export SESSION_KEY=benchmark-session-key-0123456789abcdef0123456789
export BENCH_PORT=$PORT

command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "needs the psql client" >&2; exit 1; }
if [ "${BENCH_DATA:-}" = national ] && [ ! -f src/test/perf/national-data.sql ]; then
  echo "BENCH_DATA=national needs src/test/perf/national-data.sql, which is not on this branch" >&2
  exit 1
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# The packaged app with the benchmark profile on top of prod: production settings, plus the baseline page and its
# table. Into target/bench-app, so target/quarkus-app stays the production build.
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "building (benchmark profile) ..."
  ./mvnw ${MVN_OPTS-} -q package -DskipTests -Dquarkus.profile=prod,benchmark \
    -Dquarkus.package.output-directory=bench-app
fi
[ -f "$APP" ] || { echo "no $APP: run without BENCH_SKIP_BUILD" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"

# The test class path, for the embedded database. Maven prints its errors to stdout, into $DEPS: show them and stop.
DEPS=$(./mvnw ${MVN_OPTS-} -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) || {
  echo "$DEPS" | grep -m1 ERROR >&2
  echo "could not resolve the test class path (offline, the dependency plugin must be in the local repository: run without MVN_OPTS=-o once)" >&2
  exit 1
}
CP="target/test-classes:target/classes:$DEPS"
java -cp "$CP" no.minside.support.BenchmarkDatabase > "$OUT/db.log" 2>&1 &
DB_PID=$!
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; fi
  kill "$DB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 240); do grep -q '^JDBC_URL=' "$OUT/db.log" && break; sleep 0.5; done
grep -q '^JDBC_URL=' "$OUT/db.log" || { echo "the embedded database did not start: see $OUT/db.log" >&2; exit 1; }
DB_URL=$(sed -n 's/^JDBC_URL=//p' "$OUT/db.log")
export PGURL="postgresql://postgres:postgres@${DB_URL#jdbc:postgresql://}"

# Start-up: from launching java to the first 200 from /q/health/ready. Measured twice: the first start applies the
# migrations to the empty database (the API keys' budget of 500 requests a second is lifted: the creditor API read
# is measured for what the app serves, not for the limiter, which answered 429 once that page got faster); a restart
# (after the data is made) is what a new instance costs in production: it starts with the class archive, made as the
# image makes it (docker/app-cds.sh), from the app's directory as the image does. $1: more JVM options.
APP_ENV=(DB_URL="$DB_URL" DB_USER=postgres DB_PASSWORD=postgres QUARKUS_PROFILE=prod,benchmark
  LETTER_KEY=benchmark-letter-key-0123456789abcdef0123456789 STAFF_KEY=benchmark-staff-key-0123456789abcdef0123456789
  PIN_KEY=benchmark-pin-key-0123456789abcdef0123456789 MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
  MINSIDE_COOKIES_SECURE=false QUARKUS_LOG_LEVEL=WARN
  MINSIDE_API_RATE_LIMIT_PER_SECOND=1000000 MINSIDE_API_RATE_LIMIT_BURST=1000000 MINSIDE_STAGE_JOB_CRON=off
  MINSIDE_PLANS_JOB_CRON=off)
start_app() {
  local started
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$APP_DIR" && exec env "${APP_ENV[@]}" QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
    java ${1:-} $JAVA_OPTS -jar quarkus-run.jar) >> "$OUT/app.log" 2>&1 &
  APP_PID=$!
  local ready=
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready")" = 200 ]; then ready=1; break; fi
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.05
  done
  [ -n "$ready" ] || { echo "the app did not become ready: see $OUT/app.log" >&2; exit 1; }
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
: > "$OUT/app.log"
start_app
FIRST_STARTUP_MS=$STARTUP_MS
echo "ready in $FIRST_STARTUP_MS ms (migrations included)"
BASELINE_BODY=$(curl -s "http://127.0.0.1:$PORT/bench/fortunes")
[ "$(grep -o '<tr>' <<<"$BASELINE_BODY" | wc -l)" = 14 ] && grep -q '&lt;script&gt;' <<<"$BASELINE_BODY" \
  || { echo "the baseline page is not 13 escaped rows: is this the benchmark build?" >&2; exit 1; }

if [ "${BENCH_DATA:-}" = national ]; then
  echo "national data: ${BENCH_DEBTORS:-100000} debtors ..."
  T0=$(date +%s)
  psql -X -q -v ON_ERROR_STOP=1 -v debtors="${BENCH_DEBTORS:-100000}" -f src/test/perf/national-data.sql "$PGURL"
  psql -X -q -c analyze "$PGURL"
  echo "national data loaded in $(( $(date +%s) - T0 )) s"
fi
python3 src/test/perf/bench_setup.py "$OUT"
cp "$OUT/baseline.txt" "$OUT/baseline-again.txt"
# A new instance on the migrated, loaded database (the sessions live in the database and survive it), with the
# class archive the image would have: a training run as the image's (docker/app-cds.sh) against this database.
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
# shellcheck disable=SC2086
env "${APP_ENV[@]}" bash docker/app-cds.sh "$APP_DIR" $JAVA_OPTS
start_app "-XX:SharedArchiveFile=app-cds.jsa"
if grep -q 'Unable to use shared archive' "$OUT/app.log"; then
  echo "the restart did not use the class archive: see $OUT/app.log" >&2; exit 1
fi
echo "restarted: ready in $STARTUP_MS ms (with the class archive)"
# SQL statements a request costs: pg_stat_statements (loaded by BenchmarkDatabase) over each page's measured run,
# leaving out transaction control and settings.
psql -X -q -c "create extension if not exists pg_stat_statements" "$PGURL"
sql_reset() { psql -X -q -A -t -c "select pg_stat_statements_reset()" "$PGURL" >/dev/null; }
sql_count() {
  psql -X -A -t -c "select coalesce(sum(calls), 0) from pg_stat_statements
    where query !~* '^\s*(begin|commit|rollback|start|set|show|select pg_stat_statements_reset)'" "$PGURL"
}
DEBTORS=$(psql -X -A -t -c "select count(*) from debtor" "$PGURL")
CASE_COUNT=$(psql -X -A -t -c "select count(*) from collection_case" "$PGURL")

app_cpu() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }  # clock ticks, user + system
TICKS=$(getconf CLK_TCK)
TIMEFORMAT='%U %S'

# wrk on one page: prints the RESULT line, then "WRKCPU user sys".
load() {
  local file=$1 expected=$2 seconds=$3 rate=${4:-0}
  local paced=0
  [ "$rate" != 0 ] && paced=1
  { time BENCH_PACED=$paced wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout "${TIMEOUT}s" \
      -s src/test/perf/rotate.lua \
      "http://127.0.0.1:$PORT" -- "$OUT/$file.txt" "$expected" "$rate" "$THREADS" | grep '^RESULT'; } 2> "$OUT/time"
  echo "WRKCPU $(tail -1 "$OUT/time")"
}
# The same, stopping the benchmark when wrk gave no result (a Lua error, no connection).
measure() {
  local result
  result=$(load "$@")
  grep -q '^RESULT' <<<"$result" || { echo "wrk gave no result for $1:" >&2; cat "$OUT/time" >&2; exit 1; }
  echo "$result"
}
field() { sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p" <<<"$2" | head -1; }

declare -A TITLE=(
  [baseline]="baseline: Fortunes (1 query, 12 rows, Qute)"
  [baseline-again]="baseline again, measured last"
  [overview]="debtor overview /cases"
  [detail-large]="case detail, 10 claims / 50 payments"
  [detail-sampled]="case detail, sampled debtors"
  [plan-options]="plan options /cases/{n}/plan"
  [plan-evaluation-form]="plan evaluation, form POST (303)"
  [plan-evaluation-api]="plan evaluation, API (channel key)"
  [staff-queue]="staff queue /staff/plans"
  [api-case-read]="creditor API GET /api/v1/cases/{n}")
declare -A EXPECT=([plan-evaluation-form]=303)
FAILED=0
ROWS=()
WRK_CPU_TOTAL=0
WRK_WALL_TOTAL=0
BASE_RPS=
# The JIT first: one pass over every page before any is measured. Without it the first pages were measured while C2
# was still compiling the framework's paths they share with the rest (measured 2026-12-02: the overview read 0.22 of
# the baseline when measured second and 0.46 when measured after the other pages, in the same build).
JIT_WARMUP=${BENCH_JIT_WARMUP:-10}
if [ "$JIT_WARMUP" -gt 0 ]; then
  jit_ticks() {  # user + system clock ticks of the compiler threads ("C1 CompilerThre", "C2 CompilerThre")
    local t comm stat total=0
    for t in /proc/"$APP_PID"/task/*; do
      read -r comm < "$t/comm" 2>/dev/null || continue
      case $comm in C1\ Compiler*|C2\ Compiler*) ;; *) continue ;; esac
      stat=$(cat "$t/stat" 2>/dev/null) || continue
      read -r -a f <<<"${stat##*) }"  # fields from the state on: utime and stime are the 12th and 13th
      total=$(( total + f[11] + f[12] ))
    done
    echo "$total"
  }
  # Each page under load until the compilers' share of a run falls under 5 % of a core (at most 8 runs): the
  # compilers only work while the code runs, so an idle wait after one pass proved nothing. Measured 2026-12-02
  # with -Xlog:jit+compilation: after one 10 s pass and an idle wait, the JIT compiled some 1 500 methods (Hibernate,
  # Vert.x, Netty, RESTEasy) during the baseline's measured run, which cost 1.40 ms a request then and 0.30 ms at
  # the end of the run.
  echo "warming the JIT: each page under load until the compilers are nearly idle"
  for page in $PAGES; do
    for run in $(seq 1 8); do
      a=$(jit_ticks)
      measure "$page" "${EXPECT[$page]:-200}" "$JIT_WARMUP" > /dev/null
      b=$(jit_ticks)
      [ $(( (b - a) * 100 )) -le $(( TICKS * JIT_WARMUP * 5 )) ] && break
    done
    echo "   $page: $run runs of ${JIT_WARMUP} s, the compilers used $(( (b - a) * 1000 / TICKS )) ms in the last"
  done
fi
# The baseline is measured first and again last: the ratios are to the mean of the two, and the difference between
# them says how steady the machine was during the run.
PAGES="$PAGES baseline-again"
declare -A RPS=()
for page in $PAGES; do
  expected=${EXPECT[$page]:-200}
  # Keep the sessions' idle clocks fresh: a long run must not log a session out before its page comes.
  psql -X -q -c "update web_session set last_seen_at = now() where ended_at is null" "$PGURL"
  echo "== ${TITLE[$page]}"
  warm=$(measure "$page" "$expected" "$WARMUP")
  sql_reset
  # BENCH_JFR=prefix: a profile of each page's maximum run alone, into prefix-PAGE.jfr.
  if [ -n "${BENCH_JFR:-}" ]; then
    jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$(realpath -m "${BENCH_JFR%.jfr}-$page.jfr")" >/dev/null
  fi
  before=$(app_cpu)
  max=$(measure "$page" "$expected" "$DURATION")
  after=$(app_cpu)
  if [ -n "${BENCH_JFR:-}" ]; then jcmd "$APP_PID" JFR.stop name=bench >/dev/null; fi
  statements=$(sql_count)
  # BENCH_SQL_TOP=1: the statements of the maximum run by total time, into target/bench/sql-top-PAGE.txt.
  if [ -n "${BENCH_SQL_TOP:-}" ]; then
    psql -X -c "select calls, round(mean_exec_time::numeric, 3) as mean_ms, round(total_exec_time::numeric) as total_ms,
      rows, left(regexp_replace(query, '\s+', ' ', 'g'), 400) as query from pg_stat_statements
      order by total_exec_time desc limit 15" "$PGURL" > "$OUT/sql-top-$page.txt"
  fi
  rps=$(field rps "$max")
  rate=$(awk -v r="$rps" 'BEGIN { printf "%d", r / 2 }')
  [ "$rate" -lt 1 ] && rate=1
  paced=$(measure "$page" "$expected" "$RATE_DURATION" "$rate")
  read -r wu ws <<<"$(sed -n 's/^WRKCPU //p' <<<"$max")"
  read -r pu pss <<<"$(sed -n 's/^WRKCPU //p' <<<"$paced")"
  [ -z "$BASE_RPS" ] && BASE_RPS=$rps
  RPS[$page]=$rps
  ratio=$(awk -v r="$rps" -v b="$BASE_RPS" 'BEGIN { printf "%.2f", r / b }')
  requests=$(field requests "$max")
  sql=$(awk -v s="$statements" -v n="$requests" 'BEGIN { printf "%.1f", s / n }')
  app_ms=$(awk -v a="$before" -v b="$after" -v t="$TICKS" -v n="$requests" 'BEGIN { printf "%.2f", (b - a) / t * 1000 / n }')
  wrk_pct=$(awk -v u="$wu" -v s="$ws" -v d="$(field duration_s "$max")" 'BEGIN { printf "%.0f", (u + s) / d * 100 }')
  wrk_us=$(awk -v u="$wu" -v s="$ws" -v n="$requests" 'BEGIN { printf "%.0f", (u + s) * 1e6 / n }')
  WRK_CPU_TOTAL=$(awk -v t="$WRK_CPU_TOTAL" -v u="$wu" -v s="$ws" -v p="$pu" -v q="$pss" 'BEGIN { print t + u + s + p + q }')
  WRK_WALL_TOTAL=$(awk -v t="$WRK_WALL_TOTAL" -v a="$(field duration_s "$max")" -v b="$(field duration_s "$paced")" 'BEGIN { print t + a + b }')
  status_errors=0 socket_errors=0 first=
  for run in "$warm" "$max" "$paced"; do
    status_errors=$(( status_errors + $(field unexpected "$run") ))
    socket_errors=$(( socket_errors + $(field socket_errors "$run") ))
    [ -z "$first" ] && [ "$(field first_unexpected "$run")" != 0 ] && first=$(field first_unexpected "$run")
  done
  bad=$(( status_errors + socket_errors ))
  note=""
  if [ "$bad" -gt 0 ]; then
    FAILED=1
    note=" ($status_errors status${first:+, first $first}; $socket_errors socket)"
  fi
  printf '   %s req/s (%s x baseline); at %s req/s: p50 %s ms, p90 %s ms, p99 %s ms; errors %s%s\n' "$rps" "$ratio" \
    "$(field rps "$paced")" "$(field p50_ms "$paced")" "$(field p90_ms "$paced")" "$(field p99_ms "$paced")" "$bad" "$note"
  row="| ${TITLE[$page]} | $(printf %.0f "$rps") | @RATIO:$page@ | $(printf %.0f "$(field rps "$paced")")"
  row+=" | $(field p50_ms "$paced") | $(field p90_ms "$paced") | $(field p99_ms "$paced") | $(field p99_ms "$max")"
  row+=" | $bad$note | $sql | $app_ms | $wrk_pct% ($wrk_us µs) |"
  ROWS+=("$row")
done
if [ -n "${BENCH_JFR:-}" ]; then echo "profiles: ${BENCH_JFR%.jfr}-PAGE.jfr"; fi

BASE_MEAN=$(awk -v a="${RPS[baseline]}" -v b="${RPS[baseline-again]}" 'BEGIN { print (a + b) / 2 }')
for i in "${!ROWS[@]}"; do
  for page in $PAGES; do
    r=$(awk -v r="${RPS[$page]}" -v b="$BASE_MEAN" 'BEGIN { printf "%.2f", r / b }')
    ROWS[$i]=${ROWS[$i]//@RATIO:$page@/$r}
  done
done
RSS_MB=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
HWM_MB=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
WRK_AVG=$(awk -v c="$WRK_CPU_TOTAL" -v w="$WRK_WALL_TOTAL" 'BEGIN { printf "%.0f", c / w * 100 }')
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "## Load benchmark ($(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo
  echo "\`bash src/test/perf/bench.sh $DURATION $CONNECTIONS\`: $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS, ${DURATION} s" \
    "after ${WARMUP} s of warm-up (and a first pass of ${JIT_WARMUP} s over every page for the JIT); ratios to the mean of the baseline's two runs, first and last; latency at half the page's own maximum rate for ${RATE_DURATION} s" \
    "(paced by rotate.lua). Errors: answers with another status than the page's (303 for the form POST, 200" \
    "otherwise) and socket errors (timeout ${TIMEOUT} s), over all three runs. Data:" \
    "${BENCH_DATA:-small (API-made)}, $DEBTORS debtors, $CASE_COUNT cases. JAVA_OPTS=$JAVA_OPTS." \
    "Accept-Encoding: ${BENCH_ACCEPT_ENCODING:-(none)}." \
    "Load average before $LOAD_BEFORE, after $LOAD_AFTER."
  echo
  echo "| page | req/s | x baseline | fixed rate req/s | p50 ms | p90 ms | p99 ms | p99 ms at max | errors | SQL/req" \
    "| app CPU ms/req | wrk CPU (per req) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "- start-up to ready: $STARTUP_MS ms for a new instance on the loaded database, with the image's class archive" \
    "(docker/app-cds.sh); $FIRST_STARTUP_MS ms for the first start, without it, which applies the migrations" \
    "(launching java to the first 200 from /q/health/ready)"
  echo "- resident memory after the load: $RSS_MB MB (peak $HWM_MB MB)"
  echo "- wrk's own CPU: $WRK_AVG% of a core on average over all measured runs"
} > "$REPORT"
echo
cat "$REPORT"
if [ "$FAILED" != 0 ]; then
  echo "FAILED: some requests failed or answered with another status (see the errors column)" >&2
  exit 1
fi
