#!/usr/bin/env bash
# The pages and APIs of issue 12 on generated national-scale data (generate.sh), with Hibernate's SQL log on: prints
# each page's status and time, and writes every distinct statement they issued to target/national-sql.txt (the
# input for the EXPLAIN ANALYZE runs in explain/README.md).
#   bash src/test/perf/page-queries.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/perf/lib.sh
trap perf_cleanup EXIT
start_database
APP_LOG=target/national-sql-app.log start_app QUARKUS_HIBERNATE_ORM_LOG_SQL=true QUARKUS_HIBERNATE_ORM_LOG_FORMAT_SQL=false

session() { # kind owner-column owner-id
  local token hash
  token=$(python3 -c 'import secrets,base64; print(base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("="))')
  hash=$(python3 -c 'import hmac,hashlib,sys; print(hmac.new(sys.argv[1].encode(), sys.argv[2].encode(), hashlib.sha256).hexdigest())' "$SESSION_KEY" "$token")
  sql -c "insert into web_session (token_hash, kind, $2, created_at, last_seen_at, expires_at)
          values ('$hash', '$1', $3, now(), now(), now() + interval '12 hours')"
  echo "$token"
}
# The debtor with the most cases, and one of their cases with a plan or objection if any.
read -r DEBTOR CASE <<< "$(sql -F ' ' -c "select debtor_id, max(case_number) from collection_case group by debtor_id order by count(*) desc limit 1")"
read -r PLAN_CASE PLAN_ID <<< "$(sql -F ' ' -c "select case_number, id from payment_plan where status = 'REFERRED' order by id limit 1")"
read -r OBJ_CASE OBJ_ID <<< "$(sql -F ' ' -c "select c.case_number, o.id from objection o join collection_case c on c.id = o.case_id where o.status = 'OPEN' order by o.id limit 1")"
PLAN_DEBTOR=$(sql -c "select debtor_id from payment_plan where id = $PLAN_ID")
NAME=$(sql -c "select split_part(name, ' ', 2) from debtor where id = $DEBTOR")
NID=$(sql -c "select coalesce(national_id, organisation_number) from debtor where id = $PLAN_DEBTOR")
KID=$(sql -c "select kid from collection_case where case_number = '$OBJ_CASE'")
STAFF=$(sql -c "select id from staff_account where username = 'gen.admin'")
D=$(session DEBTOR debtor_id "$DEBTOR")
P=$(session DEBTOR debtor_id "$PLAN_DEBTOR")
S=$(session STAFF staff_id "$STAFF")

page() { # label cookie-or-header url
  local t
  t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' $2 "localhost:$APP_PORT$3")
  printf '%-28s %s %s\n' "$1" "$t" "$3"
}
echo "== warm-up"; for _ in 1 2 3; do page warm-up "-b minside_session=$D" "/cases" >/dev/null; done
: > target/national-sql-app.log.mark; MARK=$(wc -l < target/national-sql-app.log)
for round in 1 2; do
  echo "== round $round"
  page "debtor overview (61 cases)" "-b minside_session=$D" "/cases"
  page "case detail" "-b minside_session=$D" "/cases/$CASE"
  page "plan options" "-b minside_session=$D" "/cases/$CASE/plan"
  page "debtor overview (plan)" "-b minside_session=$P" "/cases"
  page "case detail (plan)" "-b minside_session=$P" "/cases/$PLAN_CASE"
  page "plan page (plan)" "-b minside_session=$P" "/cases/$PLAN_CASE/plan"
  page "staff home" "-b minside_session=$S" "/staff"
  page "staff objections" "-b minside_session=$S" "/staff/objections"
  page "staff objection" "-b minside_session=$S" "/staff/objections/$OBJ_ID"
  page "staff plans" "-b minside_session=$S" "/staff/plans"
  page "staff plan" "-b minside_session=$S" "/staff/plans/$PLAN_ID"
  page "staff case view" "-b minside_session=$S" "/staff/cases/$CASE"
  page "staff search: name" "-b minside_session=$S" "/staff/search?q=$NAME"
  page "staff search: national id" "-b minside_session=$S" "/staff/search?q=$NID"
  page "staff search: case number" "-b minside_session=$S" "/staff/search?q=$CASE"
  page "staff search: KID" "-b minside_session=$S" "/staff/search?q=$KID"
  page "creditor API case read" "-H X-Api-Key:benchmark-api-key" "/api/v1/cases/$(sql -c "select case_number from collection_case where creditor_id = 1 order by id desc limit 1")"
done
tail -n +"$((MARK + 1))" target/national-sql-app.log | sed 's/\x1b\[[0-9;]*m//g' | sed -n 's/^\[Hibernate\] //p' \
  | sort | uniq -c | sort -rn > target/national-sql.txt
echo "$(wc -l < target/national-sql.txt) distinct statements in target/national-sql.txt"
