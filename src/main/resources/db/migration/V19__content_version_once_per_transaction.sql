-- A case's content version (V14) moves once per transaction that changes the case, not once per row it writes.
--
-- Why: V14's triggers updated the case row for every claim, payment, event, cost line, objection, plan and
-- instalment written. Opening one case through the intake API (a claim and two events) updated its case row three
-- times in the same transaction, and those updates were the most expensive statements of an intake: each wrote a
-- new version of the row and, as the row had just filled its page, a new entry in every index of the table
-- (issue 12, measured with pg_stat_statements: 0.31 ms an event or claim insert with that update, 0.14 ms without).
--
-- Why once is enough: other sessions see a transaction's rows all at once, when it commits, together with the
-- version it left. A reader before the commit keeps its view under the old version, a reader after it sees the new
-- version. So a second bump in the same transaction tells nobody anything.
--
-- How a trigger knows the case row was already written by this transaction: content_written_by, the full (64-bit)
-- id of the transaction that last inserted or updated the row. Set by default on insert (a new case starts at
-- version 0 and nobody sees it before its commit) and on every update, the triggers' own bumps included. The row's
-- xmin would say the same in 32 bits, but those wrap around: after 2^32 transactions a write could be taken for a
-- second one and leave the version where it was. A savepoint that wrote the row and was rolled back leaves the
-- older row, written by another transaction, so the next write bumps again.
--
-- What this asks of the code: a view is kept (KeptCaseViews) by read paths only. A transaction that writes a case's
-- rows must not keep that case's views before it is done writing, as a second write would no longer move the version
-- under them. No path does (the kept views are read in read-only sessions and by the staff lists).

-- Without a default first, so existing rows are not rewritten (they read null: the next write bumps).
alter table collection_case add column content_written_by xid8;
alter table collection_case alter column content_written_by set default pg_current_xact_id();

-- Any update of the case row counts, the application's own (which also moves its optimistic version) or not.
create or replace function case_row_changed() returns trigger language plpgsql as $$
begin
    if new.content_version = old.content_version then
        new.content_version := old.content_version + 1;
    end if;
    new.content_written_by := pg_current_xact_id();
    return new;
end $$;

create or replace function case_content_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update collection_case set content_version = content_version + 1
        where id = old.case_id and content_written_by is distinct from pg_current_xact_id();
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.case_id is distinct from old.case_id) then
        update collection_case set content_version = content_version + 1
        where id = new.case_id and content_written_by is distinct from pg_current_xact_id();
    end if;
    return null;
end $$;

create or replace function plan_instalment_changed() returns trigger language plpgsql as $$
begin
    update collection_case set content_version = content_version + 1
    where id in (select case_id from payment_plan where id in (new.plan_id, old.plan_id))
      and content_written_by is distinct from pg_current_xact_id();
    return null;
end $$;

create or replace function debtor_changed() returns trigger language plpgsql as $$
begin
    update collection_case set content_version = content_version + 1
    where debtor_id = new.id and content_written_by is distinct from pg_current_xact_id();
    return null;
end $$;
