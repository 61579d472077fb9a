#!/usr/bin/env bash
# Load benchmark of the packaged app on this machine: the case detail page (logged in), the case overview,
# the login page and the creditor API's case read, each with wrk on loopback for a fixed time.
#   ./mvnw package -DskipTests && ./mvnw -q test-compile && bash src/test/perf/pages.sh [seconds] [connections]
# Needs wrk (apt-get install wrk) and psql. Prints requests/s and latency percentiles for each page.
# BENCH_JFR=/tmp/pages.jfr records a Flight Recorder profile of the measured runs.
set -euo pipefail
cd "$(dirname "$0")/../../.."
DURATION=${1:-15}
CONNECTIONS=${2:-16}
PORT=18080
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }

CP="target/test-classes:target/classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$CP" no.minside.support.BenchmarkDatabase > target/bench-db.log 2>&1 &
DB_PID=$!
APP_PID=
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; kill "$DB_PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 240); do grep -q '^JDBC_URL=' target/bench-db.log && break; sleep 0.5; done
grep -q '^JDBC_URL=' target/bench-db.log || { echo 'the embedded database did not start: see target/bench-db.log' >&2; exit 1; }
DB_URL=$(sed -n 's/^JDBC_URL=//p' target/bench-db.log)

DB_URL="$DB_URL" DB_USER=postgres DB_PASSWORD=postgres SESSION_KEY=benchmark-session-key-0123456789abcdef \
  QUARKUS_HTTP_PORT=$PORT MINSIDE_SESSION_SECURE_COOKIE=false QUARKUS_LOG_LEVEL=WARN \
  java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
APP_PID=$!
for _ in $(seq 1 60); do curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done

# A creditor whose API key is known, straight into the database (there is no demo data outside dev).
KEY=benchmark-api-key
HASH=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)
PGURL="postgresql://postgres:postgres@${DB_URL#jdbc:postgresql://}"
psql -q "$PGURL" -c "insert into creditor (name, organisation_number, vat_registered, api_key_hash)
                     values ('Benchmark AS', '923100008', true, '$HASH')"

# One debtor's case with 10 claims and 50 payments, like the engine benchmark; 200 more cases around it.
nid() { python3 -c "
import sys
n=int(sys.argv[1]); w1=[3,7,6,1,8,9,4,5,2]; w2=[5,4,3,2,7,6,5,4,3,2]
for ind in range(100,999):
    d=[int(c) for c in '%02d%02d%02d' % (1+n%28, 1+(n//28)%12, 50+(n//336)%40)] + [int(c) for c in str(ind)]
    k1=11-sum(a*b for a,b in zip(d,w1))%11; k1=0 if k1==11 else k1
    if k1==10: continue
    k2=11-sum(a*b for a,b in zip(d+[k1],w2))%11; k2=0 if k2==11 else k2
    if k2==10: continue
    print(''.join(map(str,d+[k1,k2]))); break" "$1"; }
open_case() {
  local ref=$1 id=$2 claims=$3
  curl -sf -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' "localhost:$PORT/api/v1/cases" -d "{
    \"creditorReference\": \"$ref\", \"collectionNoticeSentOn\": \"2025-03-01\", \"paymentDemandSentOn\": \"2025-03-20\",
    \"debtor\": {\"kind\": \"CONSUMER\", \"nationalId\": \"$id\", \"name\": \"Bench Mark\",
      \"address\": {\"street\": \"Gate 1\", \"postalCode\": \"0150\", \"city\": \"Oslo\"}},
    \"claims\": [$claims]}"
}
CLAIMS=$(for i in $(seq 0 9); do printf '%s{"invoiceNumber":"I%d","description":"Claim %d","principal":"%d.00","dueDate":"2025-01-%02d"}' \
  "$([ "$i" -gt 0 ] && echo ,)" "$i" "$i" $((500 + i * 700)) $((i + 1)); done)
ANSWER=$(open_case bench-main "$(nid 1)" "$CLAIMS")
CASE=$(echo "$ANSWER" | python3 -c 'import json,sys; print(json.load(sys.stdin)["caseNumber"])')
PIN=$(echo "$ANSWER" | python3 -c 'import json,sys; print(json.load(sys.stdin)["pin"])')
KID=$(echo "$ANSWER" | python3 -c 'import json,sys; print(json.load(sys.stdin)["kid"])')
for i in $(seq 1 50); do
  curl -sf -o /dev/null -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' "localhost:$PORT/api/v1/cases/$CASE/payments" \
    -d "{\"paymentId\":\"p$i\",\"amount\":\"100.00\",\"paidOn\":\"2025-0$((4 + i % 6))-$(printf %02d $((1 + i % 27)))\",\"kid\":\"$KID\"}"
done
for i in $(seq 2 201); do
  open_case "bench-$i" "$(nid "$i")" '{"invoiceNumber":"X","description":"Other","principal":"990.00","dueDate":"2025-01-15"}' >/dev/null
done

# Log in through the form as a browser would, then reuse the session cookie.
JAR=$(mktemp)
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "localhost:$PORT/login" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" -d "csrf-token=$TOKEN&caseNumber=$CASE&pin=$PIN" "localhost:$PORT/login"
SESSION=$(awk '$6 == "minside_session" {print $7}' "$JAR")
rm -f "$JAR"

run() {
  echo "== $1"
  shift
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" | grep -E 'Requests/sec|Latency  |50%|90%|99%|Non-2xx'
}
run "warm-up (case detail)" -H "Cookie: minside_session=$SESSION" "http://127.0.0.1:$PORT/cases/$CASE" >/dev/null
if [ -n "${BENCH_JFR:-}" ]; then jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$BENCH_JFR" >/dev/null; fi
run "case detail, 10 claims / 50 payments" -H "Cookie: minside_session=$SESSION" "http://127.0.0.1:$PORT/cases/$CASE"
run "case overview" -H "Cookie: minside_session=$SESSION" "http://127.0.0.1:$PORT/cases"
run "login page" "http://127.0.0.1:$PORT/login"
run "creditor API case read" -H "X-Api-Key: $KEY" "http://127.0.0.1:$PORT/api/v1/cases/$CASE"
if [ -n "${BENCH_JFR:-}" ]; then jcmd "$APP_PID" JFR.stop name=bench >/dev/null; echo "profile: $BENCH_JFR"; fi
