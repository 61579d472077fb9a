#!/usr/bin/env bash
# Two instances of the packaged app behind HAProxy on loopback, on one PostgreSQL (README, Two instances):
#   bash src/test/ops/two-instances.sh
# Checks, each printed as PASS or FAIL with its figures: (a) a debtor session works on both instances, (c) both
# instances' jobs (cron every few seconds, at the same moment on both) do each piece of work once, (d) a rate change
# reaches both, (e) a logout on one is refused on the other at once, and last (b) one instance killed with SIGKILL
# under load fails only the requests it had in flight. Exits non-zero when any check fails.
# Settings (environment): TWO_SKIP_BUILD=1 (use target/quarkus-app as it is), TWO_LOAD_SECONDS (10),
# TWO_CONNECTIONS (8), TWO_JOB_CRON ("0/3 * * * * ?": every 3 s, on both at the same second), MVN_OPTS (-o).
# Needs psql, python3, wrk and haproxy (installed here with apt-get when missing and run as root).
set -euo pipefail
cd "$(dirname "$0")/../../.."
OUT=target/two-instances
rm -rf "$OUT" && mkdir -p "$OUT"
NATIONAL_DB_DIR=$OUT/postgres
# shellcheck source=../perf/lib.sh
source src/test/perf/lib.sh

PROXY_PORT=18190
A_PORT=18191 A_MANAGEMENT=19191
B_PORT=18192 B_MANAGEMENT=19192
LOAD_SECONDS=${TWO_LOAD_SECONDS:-10}
CONNECTIONS=${TWO_CONNECTIONS:-8}
JOB_CRON=${TWO_JOB_CRON:-0/3 * * * * ?}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k}

for tool in psql python3 wrk; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install -y postgresql-client python3 wrk" >&2; exit 1; }
done
if ! command -v haproxy >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "needs haproxy: apt-get install -y haproxy" >&2; exit 1; }
  echo "installing haproxy (Debian package) ..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi
if [ -z "${TWO_SKIP_BUILD:-}" ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  echo "building the packaged app ..."
  ./mvnw ${MVN_OPTS--o} -q package -DskipTests
fi

A_PID= B_PID= PROXY_PID=
cleanup() {
  for pid in "$PROXY_PID" "$A_PID" "$B_PID"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
  done
  perf_cleanup
  wait 2>/dev/null || true
}
trap cleanup EXIT

start_database fresh
export PGURL
PGURL=$(pg_url)

# One instance (lib.sh's start_app) on its ports, with both jobs on a cron of a few seconds and the mock mailer
# (which logs every mail), its log in $OUT/app-NAME.log; sets NAME_PID.
instance() {
  local name=$1 port=$2 management=$3
  APP_PORT=$port APP_MANAGEMENT_PORT=$management APP_LOG=$OUT/app-$name.log APP_NO_WAIT=1 APP_JAVA_OPTS=$JAVA_OPTS \
    start_app MINSIDE_STAGE_JOB_CRON="$JOB_CRON" MINSIDE_PLANS_JOB_CRON="$JOB_CRON" QUARKUS_MAILER_MOCK=true \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_HOST=127.0.0.1
  printf -v "${name^^}_PID" %s "$APP_PID"
  APP_PID=
}
ready() {
  local management=$1 pid=$2 log=$3
  APP_MANAGEMENT_PORT=$management APP_PID=$pid APP_LOG=$log wait_app_ready
}
# The first start applies the migrations; the second instance starts on the migrated database.
instance a "$A_PORT" "$A_MANAGEMENT"
ready "$A_MANAGEMENT" "$A_PID" "$OUT/app-a.log"
instance b "$B_PORT" "$B_MANAGEMENT"
ready "$B_MANAGEMENT" "$B_PID" "$OUT/app-b.log"
echo "instances: a on $A_PORT (pid $A_PID), b on $B_PORT (pid $B_PID); database $DB_URL"

cat > "$OUT/haproxy.cfg" <<EOF
global
    maxconn 2000
    log stderr format raw local0
defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    # A connection refused by a dead instance is tried on the other; a request already sent is not.
    retries 3
    option redispatch
frontend site
    bind 127.0.0.1:$PROXY_PORT
    default_backend app
backend app
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    http-response set-header X-Served-By %[srv_name]
    server a 127.0.0.1:$A_PORT check port $A_MANAGEMENT inter 1s fall 2 rise 2
    server b 127.0.0.1:$B_PORT check port $B_MANAGEMENT inter 1s fall 2 rise 2
EOF
haproxy -f "$OUT/haproxy.cfg" -db > "$OUT/haproxy.log" 2>&1 &
PROXY_PID=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null "127.0.0.1:$PROXY_PORT/login" && break; sleep 0.2; done
echo "haproxy on $PROXY_PORT (round robin, health from /q/health/ready on each management port)"

export PROXY_PORT A_PORT B_PORT OUT SESSION_KEY
steps() { python3 src/test/ops/two_instances.py "$@"; }
FAILED=0
check() { "$@" || FAILED=1; }
steps setup

# (a) A session on both.
check steps session

# (c) Both instances' jobs at the same moment: the data, then a few cron ticks on both.
steps jobs-data
sleep $(( 4 * 3 ))
check steps jobs-check
for name in a b; do
  echo "   jobs on $name: $(grep -c 'Stage progression as of' "$OUT/app-$name.log" || true) stage runs that advanced" \
    "cases ($(grep -o 'Stage progression as of [^:]*: [0-9]* cases advanced' "$OUT/app-$name.log" \
    | awk '{ s += $(NF-2) } END { print s + 0 }') advanced), $(grep -o 'plans broken' "$OUT/app-$name.log" | wc -l)" \
    "plan runs that broke plans"
done

# (d) A rate change on both.
check steps rate

# (e) A logout on one, refused on the other.
check steps logout

# (b) SIGKILL to b under load through the proxy: wrk on the overview with the session of (a). First the same load
# for a few seconds with both alive, as the control: what fails there is wrk's or the proxy's, not the kill's.
SESSION=$(cat "$OUT/session")
wrk -t2 -c"$CONNECTIONS" -d"$(( LOAD_SECONDS / 2 ))s" --timeout 10s -s src/test/ops/count.lua \
  -H "Cookie: minside_session=$SESSION" "http://127.0.0.1:$PROXY_PORT/cases" > "$OUT/wrk-control.txt" 2>&1
read -r control_total _ control_failed control_statuses < <(sed -n 's/^COUNT //p' "$OUT/wrk-control.txt")
echo "   control, both alive: $control_failed of $control_total requests failed ($control_statuses)"
wrk -t2 -c"$CONNECTIONS" -d"${LOAD_SECONDS}s" --timeout 10s -s src/test/ops/count.lua \
  -H "Cookie: minside_session=$SESSION" "http://127.0.0.1:$PROXY_PORT/cases" > "$OUT/wrk.txt" 2>&1 &
WRK_PID=$!
sleep $(( LOAD_SECONDS / 3 ))
kill -9 "$B_PID"
echo "   killed b (SIGKILL) under load"
wait "$WRK_PID" || true
{ wait "$B_PID"; } 2>/dev/null || true
B_PID=
DOWN=$(grep -m1 -o 'Server app/b is DOWN' "$OUT/haproxy.log" || true)
after=0
for _ in $(seq 1 20); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: minside_session=$SESSION" "127.0.0.1:$PROXY_PORT/cases")" = 200 ] \
    && after=$((after + 1))
done
read -r total ok failed statuses < <(sed -n 's/^COUNT //p' "$OUT/wrk.txt")
socket=$(sed -n 's/.*Socket errors: \(.*\)/\1/p' "$OUT/wrk.txt")
# HAProxy's own count of what b left unanswered: 502s, and requests cut with the server's termination flags (S...).
cut=$(awk '/ app\/b / && ($0 ~ / 502 / || $0 ~ / S[HD]-- /)' "$OUT/haproxy.log" | wc -l)
ok_b=0
[ "$failed" -le "$CONNECTIONS" ] && [ "$ok" -gt 0 ] && [ "$after" = 20 ] && [ -n "$DOWN" ] && ok_b=1
[ "$ok_b" = 1 ] && verdict=PASS || { verdict=FAIL; FAILED=1; }
echo "$verdict one instance killed under load: $failed of $total requests failed (at most $CONNECTIONS in flight," \
  "one per connection), $ok answered 200; statuses $statuses; socket errors: ${socket:-none};" \
  "haproxy: ${DOWN:-b never marked DOWN}, $cut requests on b cut short in its log; afterwards $after/20 answered 200 through the proxy"

[ "$FAILED" = 0 ] && echo "all checks passed" || echo "some checks FAILED (logs in $OUT)"
exit "$FAILED"
