#!/usr/bin/env bash
# The creditor intake under load (issue 12: at least 200 new cases per second): wrk posts new cases of one claim
# each to POST /api/v1/cases, from CONNECTIONS connections for DURATION seconds, against the packaged app on a
# fresh embedded database; then counts the cases stored.
#   ./mvnw -o package -DskipTests && ./mvnw -o -q test-compile && bash src/test/perf/intake.sh [seconds=20] [connections=8]
# INTAKE_WARMUP: seconds of warm-up (40; with 5 the JIT was still compiling and a case measured 20 ms instead of 9).
set -euo pipefail
cd "$(dirname "$0")/../../.."
DURATION=${1:-20}
CONNECTIONS=${2:-8}
NATIONAL_DB_DIR=target/intake-postgres
APP_LOG=target/intake-app.log
# shellcheck source=lib.sh
source src/test/perf/lib.sh
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
trap perf_cleanup EXIT
start_database fresh
start_app MINSIDE_API_RATE_LIMIT_PER_SECOND=100000 MINSIDE_API_RATE_LIMIT_BURST=100000

KEY=intake-benchmark-key
sql -c "insert into creditor (name, organisation_number, vat_registered, api_key_hash)
        values ('Intake Benchmark AS', '923100008', true, '$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)')"
# 500 valid national ids (real birth dates, both check digits): a batch's debtors repeat now and then.
python3 - > target/intake-ids.txt <<'PY'
w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]; w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
found = 0
for n in range(100000):
    d = [int(c) for c in '%02d%02d%02d%03d' % (1 + n % 28, 1 + (n // 28) % 12, 50 + (n // 336) % 40, 100 + n % 800)]
    k1 = 11 - sum(a * b for a, b in zip(d, w1)) % 11; k1 = 0 if k1 == 11 else k1
    if k1 == 10: continue
    k2 = 11 - sum(a * b for a, b in zip(d + [k1], w2)) % 11; k2 = 0 if k2 == 11 else k2
    if k2 == 10: continue
    print(''.join(map(str, d + [k1, k2]))); found += 1
    if found == 500: break
PY
WARMUP=${INTAKE_WARMUP:-40}
echo "warm-up: $WARMUP s"
INTAKE_KEY=$KEY INTAKE_IDS=target/intake-ids.txt wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s src/test/perf/intake.lua \
  "http://127.0.0.1:$APP_PORT" > /dev/null
BEFORE=$(sql -c "select count(*) from collection_case")
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
# PostgreSQL's share: every postgres process (the pool's backends live through the run).
pg_ticks() { for p in $(pgrep -x postgres); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done | awk '{ t += $1 } END { print t + 0 }'; }
CPU_BEFORE=$(cpu_ticks)
PG_BEFORE=$(pg_ticks)
# INTAKE_JFR=file.jfr: a profile of the measured run; INTAKE_SQL_TOP=1: its statements by PostgreSQL's time.
[ -n "${INTAKE_JFR:-}" ] && jcmd "$APP_PID" JFR.start name=intake settings=profile filename="$(realpath -m "$INTAKE_JFR")" > /dev/null
[ -n "${INTAKE_SQL_TOP:-}" ] && sql -c "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" > /dev/null
echo "measured: $DURATION s, $CONNECTIONS connections"
INTAKE_KEY=$KEY INTAKE_IDS=target/intake-ids.txt wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency \
  -s src/test/perf/intake.lua "http://127.0.0.1:$APP_PORT" | grep -E 'intake:|Non-2xx|Socket errors'
AFTER=$(sql -c "select count(*) from collection_case")
[ -n "${INTAKE_JFR:-}" ] && jcmd "$APP_PID" JFR.stop name=intake > /dev/null
if [ -n "${INTAKE_SQL_TOP:-}" ]; then
  sql -F ' | ' -c "select calls, round(total_exec_time::numeric) as total_ms, round(mean_exec_time::numeric, 3) as mean_ms,
    left(regexp_replace(query, '\s+', ' ', 'g'), 150) from pg_stat_statements order by total_exec_time desc limit 25"
fi
CPU_MS=$(( ($(cpu_ticks) - CPU_BEFORE) * 1000 / $(getconf CLK_TCK) ))
PG_MS=$(( ($(pg_ticks) - PG_BEFORE) * 1000 / $(getconf CLK_TCK) ))
CASES=$((AFTER - BEFORE))
echo "cases stored in the measured run: $CASES, $(( CASES / DURATION )) per second (load average $(cut -d' ' -f1-3 /proc/loadavg))"
# The app's own CPU per case says what the machine could do were it the app's alone: the figure that holds when
# other work shares the cores.
awk -v ms="$CPU_MS" -v n="$CASES" -v cores="$(nproc)" 'BEGIN { if (n > 0) printf "app CPU per case: %.1f ms, so %.0f cases/s on %d cores\n", ms / n, cores * 1000 * n / ms, cores }'
awk -v ms="$PG_MS" -v app="$CPU_MS" -v n="$CASES" -v cores="$(nproc)" 'BEGIN { if (n > 0) printf "PostgreSQL CPU per case: %.1f ms; app and database together %.1f ms, so at most %.0f cases/s on %d cores\n", ms / n, (ms + app) / n, cores * 1000 * n / (ms + app), cores }'

echo "letters waiting for the printer: $(sql -c "select count(*) from letter")"
