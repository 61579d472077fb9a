-- A case's content version (V14) moves once per transaction that changes the case, not once per row it writes.
--
-- Why: V14's triggers updated the case row for every claim, payment, event, cost line, objection, plan and
-- instalment written. Opening one case through the intake API (a claim and two events) updated its case row three
-- times in the same transaction, and those updates were the most expensive statements of an intake: each wrote a
-- new version of the row and, as the row had just filled its page, a new entry in every index of the table
-- (issue 12, measured with pg_stat_statements: 0.40 ms an event or claim insert, against 0.18 ms for a letter).
--
-- Why once is enough: other sessions see a transaction's rows all at once, when it commits, together with the
-- version it left. A reader before the commit keeps its view under the old version, a reader after it sees the new
-- version. So a second bump in the same transaction tells nobody anything. The rule "the case row was already written
-- by this transaction" is the row's xmin being this transaction's id: it holds after an insert of the case (a new
-- case starts at version 0 and is seen by nobody before its commit) and after any update of it, the trigger's own
-- bump included (collection_case_content moves the version on every update of the row).
--
-- What this asks of the code: a view is kept (KeptCaseViews) by read paths only. A transaction that writes a case's
-- rows must not keep that case's views before it is done writing, as a second write would no longer move the version
-- under them. No path does (the kept views are read in read-only sessions and by the staff lists).

create or replace function case_content_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update collection_case set content_version = content_version + 1
        where id = old.case_id and xmin <> pg_current_xact_id()::xid;
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.case_id is distinct from old.case_id) then
        update collection_case set content_version = content_version + 1
        where id = new.case_id and xmin <> pg_current_xact_id()::xid;
    end if;
    return null;
end $$;

create or replace function plan_instalment_changed() returns trigger language plpgsql as $$
begin
    update collection_case set content_version = content_version + 1
    where id = (select case_id from payment_plan where id = coalesce(new.plan_id, old.plan_id))
      and xmin <> pg_current_xact_id()::xid;
    return null;
end $$;

create or replace function debtor_changed() returns trigger language plpgsql as $$
begin
    update collection_case set content_version = content_version + 1
    where debtor_id = new.id and xmin <> pg_current_xact_id()::xid;
    return null;
end $$;
