-- The statements the pages, APIs and the stage job of issue 12 issue (captured with page-queries.sh), with
-- realistic parameters on the generated national data, each under EXPLAIN (ANALYZE, BUFFERS).
--   psql -X -f src/test/perf/explain/queries.sql postgresql://postgres:postgres@localhost:PORT/postgres
\set QUIET on
\pset pager off
-- The debtor with the most cases and their newest case; a referred plan; an open objection; a common surname.
select debtor_id as debtor, max(case_number) as case_number, max(id) as case_id from collection_case
group by debtor_id order by count(*) desc limit 1 \gset
select string_agg(id::text, ',') as case_ids from collection_case where debtor_id = :debtor \gset
select id as plan_id, case_id as plan_case_id, debtor_id as plan_debtor from payment_plan where status = 'REFERRED'
order by id limit 1 \gset
select id as objection_id from objection where status = 'OPEN' order by id limit 1 \gset
select national_id as nid from debtor where national_id is not null order by id desc limit 1 \gset
select kid, case_number as creditor_case from collection_case where creditor_id = 1 order by id desc limit 1 \gset
select token_hash from web_session order by created_at desc limit 1 \gset
\set explain 'explain (analyze, buffers, costs off, timing on, summary on)'

\echo '### Q01 session lookup'
:explain select * from web_session where token_hash = :'token_hash';
\echo '### Q02 debtor overview: the debtor''s cases'
:explain select * from collection_case where debtor_id = :debtor order by collection_notice_sent_on desc, id desc;
\echo '### Q03 case by number (detail, plan page, staff case view)'
:explain select * from collection_case where case_number = :'case_number' fetch first 1 rows only;
\echo '### Q04 creditor API: case by number for the creditor'
:explain select * from collection_case where case_number = :'creditor_case' and creditor_id = 1 fetch first 1 rows only;
\echo '### Q05 creditor API key lookup'
:explain select * from creditor where api_key_hash = encode(sha256('benchmark-api-key'), 'hex')
    or (previous_api_key_hash = encode(sha256('benchmark-api-key'), 'hex') and previous_key_valid_until > now())
    fetch first 1 rows only;
\echo '### Q06 balances: claims of the debtor''s cases'
:explain select * from claim where case_id in (:case_ids) order by due_date, id;
\echo '### Q07 balances: booked payments'
:explain select * from payment where case_id in (:case_ids) and status = 'BOOKED' order by paid_on, id;
\echo '### Q08 balances: cost lines'
:explain select * from cost_line where case_id in (:case_ids) order by incurred_on, id;
\echo '### Q09 balances: events (timeline)'
:explain select * from case_event where case_id in (:case_ids) order by occurred_on, id;
\echo '### Q10 pauses: open objections'
:explain select case_id, paused_on from objection where case_id in (:case_ids) and status in ('OPEN', 'INFO_REQUESTED');
\echo '### Q11 pauses: plans holding the case'
:explain select case_id, started_on from payment_plan where case_id in (:case_ids) and status in ('ACTIVE', 'COMPLETED');
\echo '### Q12 latest objection per case (overview)'
:explain select * from objection where id in (select max(o.id) from objection o where o.case_id in (:case_ids) group by o.case_id);
\echo '### Q13 the debtor''s plans'
:explain select * from payment_plan where debtor_id = :plan_debtor order by submitted_at desc, id desc;
\echo '### Q14 open plan of a case'
:explain select * from payment_plan where case_id = :plan_case_id and status in ('REFERRED', 'OFFERED', 'ACTIVE') fetch first 1 rows only;
\echo '### Q15 plan instalments'
:explain select * from plan_instalment where plan_id = :plan_id order by number;
\echo '### Q16 letters of a case'
:explain select * from letter where case_id = :case_id order by id;
\echo '### Q17 held payments of a case (staff case view)'
:explain select * from payment where case_id = :case_id and status = 'HELD' order by registered_at;
\echo '### Q18 staff home: open objections, overdue'
:explain select count(*) from objection where status = 'OPEN';
:explain select count(*) from objection where status = 'OPEN' and answer_due_on < current_date;
\echo '### Q19 staff home: referred plans, overdue'
:explain select count(*), count(*) filter (where answer_due_at < now()) from payment_plan where status = 'REFERRED';
\echo '### Q20 staff objection queue (first page)'
:explain select * from objection where status = 'OPEN' order by answer_due_on, id offset 0 rows fetch first 50 rows only;
\echo '### Q21 staff plan queue (all referred, oldest first)'
:explain select * from payment_plan where status = 'REFERRED' order by submitted_at, id;
\echo '### Q22 staff objection: messages, attachments, claims'
:explain select * from objection_message where objection_id = :objection_id order by id;
:explain select id from objection_attachment where objection_id = :objection_id order by id;
:explain select claim_id from objection_claim where objection_id = :objection_id order by claim_id;
\echo '### Q23 objections of a case (staff case view)'
:explain select * from objection where case_id = :case_id order by id desc fetch first 1 rows only;
\echo '### Q24 plan evaluation by id'
:explain select * from plan_evaluation where id = 1;
\echo '### Q25 staff search: national id (or KID)'
:explain select c.case_number, c.kid, c.stage, d.name, d.national_id, d.organisation_number, cr.name
    from collection_case c join debtor d on d.id = c.debtor_id join creditor cr on cr.id = c.creditor_id
    where d.national_id = :'nid' or c.kid = :'nid' order by c.collection_notice_sent_on desc, c.id desc limit 50;
\echo '### Q26 staff search: case number, KID or organisation number'
:explain select c.case_number, c.kid, c.stage, d.name, d.national_id, d.organisation_number, cr.name
    from collection_case c join debtor d on d.id = c.debtor_id join creditor cr on cr.id = c.creditor_id
    where c.case_number = :'kid' or c.kid = :'kid' or d.organisation_number = :'kid'
    order by c.collection_notice_sent_on desc, c.id desc limit 50;
\echo '### Q27 staff search: part of a name'
:explain select c.case_number, c.kid, c.stage, d.name, d.national_id, d.organisation_number, cr.name
    from collection_case c join debtor d on d.id = c.debtor_id join creditor cr on cr.id = c.creditor_id
    where lower(d.name) like '%ødegård%' escape '\' order by c.collection_notice_sent_on desc, c.id desc limit 50;
:explain select c.case_number, c.kid, c.stage, d.name, d.national_id, d.organisation_number, cr.name
    from collection_case c join debtor d on d.id = c.debtor_id join creditor cr on cr.id = c.creditor_id
    where lower(d.name) like '%kari hansen%' escape '\' order by c.collection_notice_sent_on desc, c.id desc limit 50;
\echo '### Q28 stage job: a batch of open cases after an id (keyset)'
:explain select * from collection_case where stage not in ('PAID', 'CANCELLED') and id > 900000 order by id fetch first 200 rows only;
\echo '### Q29 stage job: lock one open case'
:explain select id from collection_case where id = :case_id and stage not in ('PAID', 'CANCELLED') for update skip locked;
\echo '### Q30 plan job: active plans with an unpaid instalment due'
:explain select distinct p.id from payment_plan p join plan_instalment i on i.plan_id = p.id
    where p.status = 'ACTIVE' and i.paid_on is null and i.due_date < current_date order by p.id;
