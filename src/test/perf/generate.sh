#!/usr/bin/env bash
# National-scale load data (issue 12): 1 000 000 debtors and about 3 000 000 claims by default.
#   ./mvnw -o package -DskipTests && ./mvnw -o -q test-compile
#   bash src/test/perf/generate.sh [debtors] [--check] [--keep-running]
# Without DB_URL it starts the embedded PostgreSQL in target/national-postgres (wiped first, kept afterwards, so
# check-national.sh, explain.sh and stage-job.sh can reuse it). The packaged app is started once so that Flyway
# creates the schema, then stopped; national-data.sql fills it with bulk SQL. Prints the elapsed time and row counts.
# --check then renders a sample of the generated pages (check-national.sh); --keep-running leaves the database up.
set -euo pipefail
cd "$(dirname "$0")/../../.."
DEBTORS=1000000
CHECK=false
KEEP=false
for arg in "$@"; do
  case "$arg" in
    --check) CHECK=true ;;
    --keep-running) KEEP=true ;;
    *) DEBTORS=$arg ;;
  esac
done
command -v psql >/dev/null || { echo "needs psql" >&2; exit 1; }
. src/test/perf/lib.sh
trap perf_cleanup EXIT

T0=$(date +%s.%N)
start_database fresh
T1=$(date +%s.%N)
APP_LOG=target/national-migrate.log start_app
stop_app
T2=$(date +%s.%N)
echo "database up in $(printf %.0f "$(echo "$T1 - $T0" | bc)") s, schema migrated in $(printf %.0f "$(echo "$T2 - $T1" | bc)") s"

# Our own embedded database is a load-test database: for the load, fewer checkpoints, no full-page images and no
# autovacuum racing the inserts (fsync is already off there); back to the defaults afterwards.
if [ -n "$DB_PID" ]; then
  sql -c "alter system set full_page_writes = off" -c "alter system set max_wal_size = '16GB'" \
      -c "alter system set checkpoint_timeout = '1h'" -c "alter system set autovacuum = off" -c "select pg_reload_conf()" >/dev/null
fi
psql -X -q -v ON_ERROR_STOP=1 -v debtors="$DEBTORS" -f src/test/perf/national-data.sql "$(pg_url)"
T3=$(date +%s.%N)
if [ -n "$DB_PID" ]; then
  sql -c "alter system reset full_page_writes" -c "alter system reset max_wal_size" \
      -c "alter system reset checkpoint_timeout" -c "alter system reset autovacuum" -c "select pg_reload_conf()" >/dev/null
fi
echo "== generation of $DEBTORS debtors: $(printf %.0f "$(echo "$T3 - $T2" | bc)") s (database start and migration not included)"
sql -F $'\t' <<'SQL' | column -t -s $'\t'
select 'table', 'rows' union all
select t, (xpath('/row/c/text()', query_to_xml('select count(*) as c from ' || t, false, true, '')))[1]::text
from unnest(array['creditor', 'debtor', 'collection_case', 'claim', 'cost_line', 'payment', 'case_event',
                  'case_contact', 'objection', 'objection_claim', 'objection_message', 'plan_evaluation',
                  'payment_plan', 'plan_instalment']) t;
SQL
echo "cases by stage:"; sql -c "select stage, count(*) from collection_case group by 1 order by 1"
echo "objections by status:"; sql -c "select status, count(*) from objection group by 1 order by 1"
echo "plans by status:"; sql -c "select status, count(*) from payment_plan group by 1 order by 1"
echo "cases per debtor (max, debtors with 20+):"
sql -c "select max(n), count(*) filter (where n >= 20) from (select count(*) n from collection_case group by debtor_id) x"
echo "claims under 2 500 kr: $(sql -c "select round(100.0 * count(*) filter (where principal < 2500) / count(*), 1) from claim") %"
echo "database size: $(sql -c "select pg_size_pretty(pg_database_size(current_database()))")"

if $CHECK; then
  start_app
  DB_URL="$DB_URL" APP_PORT="$APP_PORT" bash src/test/perf/check-national.sh --running
  stop_app
fi
if $KEEP && [ -n "$DB_PID" ]; then
  echo "database left running: DB_URL=$DB_URL (pid $DB_PID)"
  DB_PID=
fi
