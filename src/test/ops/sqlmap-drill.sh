#!/usr/bin/env bash
# Issue 13, item 6: sqlmap against every form and API parameter of the packaged app, with valid sessions and keys.
#   bash src/test/ops/sqlmap-drill.sh
# Starts an embedded PostgreSQL and the packaged app (prod profile; builds it when target/quarkus-app is missing),
# makes data and sessions (src/test/ops/sqlmap_targets.py), then runs sqlmap on each target: the forms with a valid
# CSRF token and its cookie, the JSON APIs with their key, the paths and the API key header (a 401 to a spoilt key
# is the answer expected, so sqlmap goes on past it).
# Settings: SQLMAP_LEVEL (2: also the cookies), SQLMAP_RISK (1), SQLMAP_JOBS (2 sqlmaps at once), SQLMAP_ONLY (a
# regular expression on the target names). Writes target/sqlmap/report.md. Exits non-zero when sqlmap finds any
# parameter injectable or the app answers any request with a 5xx.
set -euo pipefail
cd "$(dirname "$0")/../../.."
command -v sqlmap >/dev/null || { echo "needs sqlmap: apt-get install -y sqlmap" >&2; exit 1; }
command -v psql >/dev/null || { echo "needs the psql client: apt-get install -y postgresql-client" >&2; exit 1; }
. src/test/perf/lib.sh
OUT=target/sqlmap
LEVEL=${SQLMAP_LEVEL:-2}
RISK=${SQLMAP_RISK:-1}
JOBS=${SQLMAP_JOBS:-2}
APP_PORT=${SQLMAP_PORT:-18091}
APP_MANAGEMENT_PORT=${SQLMAP_MANAGEMENT_PORT:-19091}
NATIONAL_DB_DIR=$OUT/postgres
APP_LOG=$OUT/app.log
rm -rf "$OUT" && mkdir -p "$OUT"
trap perf_cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -o -q package -DskipTests
start_database fresh
# The drill guesses on purpose: the login throttles would otherwise answer it alone after a few tries, and every
# answer would look the same to sqlmap.
start_app MINSIDE_LOGIN_CLIENT_DELAY_AFTER=1000000 MINSIDE_API_KEYS_MAX_FAILURES=1000000 QUARKUS_LOG_LEVEL=WARN
echo "app ready on $APP_PORT"

export BENCH_PORT=$APP_PORT PGURL SESSION_KEY
PGURL=$(pg_url)
python3 src/test/ops/sqlmap_targets.py "$OUT/targets.tsv"

run_target() { # name method path body header params
  local name=$1 method=$2 path=$3 body=$4 header=$5 params=$6
  local slug=${name// /-}
  local args=(-u "http://127.0.0.1:$APP_PORT$path" --method "$method" --batch --dbms=PostgreSQL --level="$LEVEL"
              --risk="$RISK" --technique=BEUST --time-sec=2 --flush-session --disable-coloring
              --output-dir="$OUT/sessions/$slug" --answers="follow=N,redirect=N,merge=N,JSON=Y,URI=Y,multipart=Y"
              --drop-set-cookie --skip=csrf-token --ignore-code=401)
  [ "$body" != - ] && args+=(--data "$body")
  case "$header" in
    -) ;;
    Cookie:*) args+=(--cookie "${header#Cookie: }") ;;
    *) args+=(-H "$header") ;;
  esac
  [ "$params" != - ] && args+=(-p "$params")
  local started=$SECONDS
  sqlmap "${args[@]}" > "$OUT/$slug.log" 2>&1 || true
  local verdict=clean
  if grep -q "sqlmap identified the following injection point" "$OUT/$slug.log"; then verdict=INJECTABLE; fi
  if ! grep -qE "do not appear to be injectable|does not seem to be injectable" "$OUT/$slug.log" \
      && [ "$verdict" = clean ]; then verdict=UNFINISHED; fi
  local errors
  errors=$(grep -oE "[0-9]+ \(Internal Server Error\)|50[0-9] \([A-Za-z ]+\) - [0-9]+ times" "$OUT/$slug.log" \
    | head -1 || true)
  printf '%s\t%s\t%s\t%ss\n' "$name" "$verdict" "${errors:-no 5xx}" "$((SECONDS - started))" >> "$OUT/results.tsv"
  echo "$name: $verdict (${errors:-no 5xx}, $((SECONDS - started)) s)"
}
export -f run_target
export OUT LEVEL RISK APP_PORT

STARTED=$SECONDS
: > "$OUT/results.tsv"
grep -E "${SQLMAP_ONLY:-.}" "$OUT/targets.tsv" | tr '\n' '\0' \
  | xargs -0 -P "$JOBS" -I{} bash -c 'IFS=$'"'"'\t'"'"' read -r -a t <<< "$1"; run_target "${t[@]}"' _ {}
# The app's own count of 5xx answers (its access to the database must never fail on what anyone sends).
SERVER_ERRORS=$(grep -c "ERROR" "$APP_LOG" || true)
{
  echo "# sqlmap drill, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
  echo
  echo "sqlmap $(sqlmap --version 2>/dev/null | head -1), level $LEVEL, risk $RISK, techniques BEUST, $(( SECONDS - STARTED )) s"
  echo
  echo "| target | verdict | 5xx | time |"
  echo "|---|---|---|---:|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4 }' "$OUT/results.tsv"
  echo
  echo "ERROR lines in the app's log: $SERVER_ERRORS"
} > "$OUT/report.md"
cat "$OUT/report.md"
! grep -qP '\t(INJECTABLE|UNFINISHED)\t' "$OUT/results.tsv" && ! grep -qvP '\tno 5xx\t' "$OUT/results.tsv"
