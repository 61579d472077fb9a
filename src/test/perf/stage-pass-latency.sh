#!/usr/bin/env bash
# The pages' latency while the stage job makes its full pass (issue 12: p99 during the pass within 2x of p99
# without it). Needs the national data of generate.sh in target/national-postgres (or DB_URL) and the packaged app:
#   bash src/test/perf/generate.sh 1000000 && bash src/test/perf/stage-pass-latency.sh [rate=100] [seconds=60]
# Starts the app with the job's cron set a few minutes ahead, inserts identity sessions for sampled debtors, and
# measures their overview and a case page with wrk at a fixed rate (rotate.lua, paced): once before the pass, and
# again while it runs. The pass writes what fell due today, so copy target/national-postgres first to measure a
# first pass again (a second pass the same day only reads).
set -euo pipefail
cd "$(dirname "$0")/../../.."
RATE=${1:-100}
SECONDS_EACH=${2:-60}
SAMPLED=${STAGE_SAMPLED:-40}
APP_LOG=target/stage-pass-app.log
OUT=target/stage-pass
. src/test/perf/lib.sh
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
trap perf_cleanup EXIT
start_database
# The pass starts at the next whole minute that leaves the first measurement its time (Europe/Oslo, as the job).
START_EPOCH=$(( ( $(date +%s) + SECONDS_EACH * 2 + 150 ) / 60 * 60 + 60 ))
read -r MINUTE HOUR <<<"$(TZ=Europe/Oslo date -d "@$START_EPOCH" +'%M %H')"
start_app MINSIDE_STAGE_JOB_CRON="0 $((10#$MINUTE)) $((10#$HOUR)) * * ?" \
  QUARKUS_LOG_CATEGORY__NO_MINSIDE_CASES_PROGRESSION__LEVEL=DEBUG
echo "app ready; the pass is set for $HOUR:$MINUTE Europe/Oslo"
mkdir -p "$OUT"
PGURL=$(pg_url) BENCH_PORT=$APP_PORT SESSION_KEY=$SESSION_KEY python3 - "$OUT" "$SAMPLED" <<'PY'
import sys
sys.path.insert(0, "src/test/perf")
import bench_setup as b
out, count = sys.argv[1], int(sys.argv[2])
debtors = b.sample_debtors(count, [])
tokens = b.insert_sessions([("DEBTOR", d, None, None) for d in debtors])
b.OUT = out
b.write("overview", [("GET", "/cases", f"Cookie: minside_session={t}", None) for t in tokens])
detail = []
for d, t in zip(debtors, tokens):
    case = b.case_of(d)
    if case:
        detail.append(("GET", f"/cases/{case[1]}", f"Cookie: minside_session={t}", None))
b.write("detail", detail)
print(f"{len(tokens)} identity sessions, {len(detail)} case pages")
PY
# wrk at RATE requests per second on one page: prints its RESULT line.
paced() {
  BENCH_PACED=1 wrk -t2 -c16 -d"${2}s" --timeout 10s -s src/test/perf/rotate.lua "http://127.0.0.1:$APP_PORT" \
    -- "$OUT/$1.txt" 200 "$RATE" 2 | grep '^RESULT'
}
field() { sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p" <<<"$2" | head -1; }
report() { echo "$1 $2: p50 $(field p50_ms "$3") ms, p90 $(field p90_ms "$3") ms, p99 $(field p99_ms "$3") ms," \
  "$(field rps "$3") req/s, unexpected $(field unexpected "$3"), socket errors $(field socket_errors "$3")"; }
paced overview 20 > /dev/null; paced detail 20 > /dev/null  # the JIT
sql -c "update web_session set last_seen_at = now() where ended_at is null" > /dev/null
BEFORE_OVERVIEW=$(paced overview "$SECONDS_EACH")
BEFORE_DETAIL=$(paced detail "$SECONDS_EACH")
report "without the pass" overview "$BEFORE_OVERVIEW"
report "without the pass" "case page" "$BEFORE_DETAIL"
echo "waiting for the pass to start ..."
while [ "$(date +%s)" -lt $(( START_EPOCH + 2 )) ]; do sleep 1; done
grep -q 'Stage progression' "$APP_LOG" && { echo "the pass ended before it was measured: see $APP_LOG" >&2; exit 1; }
T0=$(date +%s)
sql -c "update web_session set last_seen_at = now() where ended_at is null" > /dev/null
DURING_OVERVIEW=$(paced overview "$SECONDS_EACH")
DURING_DETAIL=$(paced detail "$SECONDS_EACH")
report "during the pass" overview "$DURING_OVERVIEW"
report "during the pass" "case page" "$DURING_DETAIL"
if grep -q 'Stage progression' "$APP_LOG"; then
  echo "WARNING: the pass ended during the measurement; the figures above are partly without it"
else
  echo "the pass was still running after $(( $(date +%s) - T0 )) s of measuring; waiting for its end ..."
  until grep -q 'Stage progression' "$APP_LOG"; do kill -0 "$APP_PID" 2>/dev/null || exit 1; sleep 5; done
fi
grep -E 'Stage progression' "$APP_LOG" | tail -1 | sed 's/.*Stage progression/the pass: Stage progression/' 
for page in overview detail; do
  b=BEFORE_${page^^}; d=DURING_${page^^}
  awk -v p="$page" -v a="$(field p99_ms "${!b}")" -v b="$(field p99_ms "${!d}")" \
    'BEGIN { printf "%s: p99 during / without the pass = %.2f (target at most 2)\n", p, b / a }'
done
