-- Indexes found missing with EXPLAIN (ANALYZE, BUFFERS) on national-scale data (issue 12: 1 000 000 debtors,
-- 1.8 million cases; src/test/perf/explain/README.md has the plans before and after).

-- Support's search by part of a name (CaseSearch: lower(d.name) like '%…%') read every debtor: a trigram index
-- answers a substring match from the index. pg_trgm is a trusted extension shipped with PostgreSQL, so the schema
-- owner may create it without a superuser.
create extension if not exists pg_trgm;
create index debtor_name_trgm_idx on debtor using gin (lower(name) gin_trgm_ops);

-- The officers' queue of referred plans, oldest first (submitted_at, id), and the staff home's count of them with
-- the overdue ones (answer_due_at): the old index on submitted_at alone was passed over for the open-plans index
-- with a filter over every plan in force. This one gives the queue in order and the counts from the index alone.
create index payment_plan_referred_queue_idx on payment_plan (submitted_at, id) include (answer_due_at)
    where status = 'REFERRED';
drop index payment_plan_referred_idx;
