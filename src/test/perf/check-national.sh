#!/usr/bin/env bash
# Renders generated national-scale data (generate.sh) through the packaged app: for about 50 debtors of different
# shapes (the most cases, a plan in each status, an objection in each status, each stage, businesses, held
# payments) it inserts a BankID-style debtor session straight into web_session and fetches /cases and every
# sampled /cases/{caseNumber} (and its /plan page). Every page must answer 200.
#   bash src/test/perf/check-national.sh            # starts the kept database and the app itself
#   bash src/test/perf/check-national.sh --running  # DB_URL and APP_PORT point at a database and app already up
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/perf/lib.sh
RUNNING=false
[ "${1:-}" = --running ] && RUNNING=true
if ! $RUNNING; then
  trap perf_cleanup EXIT
  start_database
  start_app
fi

# debtor id and case number: the sample, each row a debtor and one case that gives it its shape.
SAMPLE=$(sql -F ' ' <<'SQL'
with shaped as (
    (select debtor_id, max(case_number) as case_number, 'most cases' as shape from collection_case
     group by debtor_id order by count(*) desc limit 3)
    union all
    (select distinct on (p.status) p.debtor_id, p.case_number, 'plan ' || p.status from payment_plan p
     order by p.status, p.id)
    union all
    (select distinct on (o.status) c.debtor_id, c.case_number, 'objection ' || o.status
     from objection o join collection_case c on c.id = o.case_id order by o.status, o.id)
    union all
    (select debtor_id, case_number, 'stage ' || stage from (
        select c.debtor_id, c.case_number, c.stage, row_number() over (partition by c.stage order by c.id) as n
        from collection_case c where c.id % 997 = 0) x where n <= 3)
    union all
    (select c.debtor_id, c.case_number, 'business' from collection_case c join debtor d on d.id = c.debtor_id
     where d.kind = 'BUSINESS' and c.id % 101 = 0 limit 3)
    union all
    (select c.debtor_id, c.case_number, 'held payment' from payment p join collection_case c on c.id = p.case_id
     where p.status = 'HELD' limit 2)
    union all
    (select c.debtor_id, c.case_number, 'part payments'
     from (select case_id from payment group by case_id having count(*) >= 3 limit 3) p
     join collection_case c on c.id = p.case_id)
    union all
    (select c.debtor_id, c.case_number, 'many claims'
     from (select case_id from claim group by case_id having count(*) >= 10 limit 3) k
     join collection_case c on c.id = k.case_id)
    union all
    (select debtor_id, case_number, 'any' from collection_case where id % 50021 = 7 limit 10)
)
select debtor_id, case_number, replace(shape, ' ', '_') from shaped;
SQL
)

FAILED=0
PAGES=0
declare -A TOKENS
while read -r DEBTOR CASE SHAPE; do
  [ -n "$DEBTOR" ] || continue
  if [ -z "${TOKENS[$DEBTOR]:-}" ]; then
    TOKEN=$(python3 -c 'import secrets,base64; print(base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("="))')
    HASH=$(python3 -c 'import hmac,hashlib,sys; print(hmac.new(sys.argv[1].encode(), sys.argv[2].encode(), hashlib.sha256).hexdigest())' "$SESSION_KEY" "$TOKEN")
    sql -c "insert into web_session (token_hash, kind, debtor_id, created_at, last_seen_at, expires_at)
            values ('$HASH', 'DEBTOR', $DEBTOR, now(), now(), now() + interval '12 hours')"
    TOKENS[$DEBTOR]=$TOKEN
    PAGES=$((PAGES + 1))
    T=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "minside_session=$TOKEN" "localhost:$APP_PORT/cases")
    [ "${T%% *}" = 200 ] || { FAILED=$((FAILED + 1)); echo "FAIL $T /cases (debtor $DEBTOR)"; }
  fi
  for PAGE in "/cases/$CASE" "/cases/$CASE/plan"; do
    PAGES=$((PAGES + 1))
    T=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "minside_session=${TOKENS[$DEBTOR]}" "localhost:$APP_PORT$PAGE")
    [ "${T%% *}" = 200 ] || { FAILED=$((FAILED + 1)); echo "FAIL $T $PAGE ($SHAPE, debtor $DEBTOR)"; }
  done
  printf '%-22s debtor %-8s case %s ok\n' "$SHAPE" "$DEBTOR" "$CASE"
done <<< "$SAMPLE"
echo "$PAGES pages for ${#TOKENS[@]} debtors, $FAILED failed"
[ "$FAILED" = 0 ]
