-- A case's content version: it changes whenever anything its pages show changes, the case row itself or any row
-- that belongs to it (claims, payments, costs, the timeline, objections, payment plans and their instalments, the
-- debtor). The pages keep what they worked out from a case under this number and the day (DebtorCaseService), so
-- a balance is computed once per case per day and change instead of on every request. Kept by triggers, so no path
-- that writes, the application's or an operator's by hand, can forget it.
alter table collection_case add column content_version bigint not null default 0;

create function case_content_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update collection_case set content_version = content_version + 1 where id = old.case_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.case_id is distinct from old.case_id) then
        update collection_case set content_version = content_version + 1 where id = new.case_id;
    end if;
    return null;
end $$;

create function plan_instalment_changed() returns trigger language plpgsql as $$
begin
    update collection_case set content_version = content_version + 1
    where id = (select case_id from payment_plan where id = coalesce(new.plan_id, old.plan_id));
    return null;
end $$;

create function debtor_changed() returns trigger language plpgsql as $$
begin
    update collection_case set content_version = content_version + 1 where debtor_id = new.id;
    return null;
end $$;

-- Any update of the case row counts, the application's own (which also moves its optimistic version) or not.
create function case_row_changed() returns trigger language plpgsql as $$
begin
    if new.content_version = old.content_version then
        new.content_version := old.content_version + 1;
    end if;
    return new;
end $$;

create trigger collection_case_content before update on collection_case
    for each row execute function case_row_changed();
create trigger claim_content after insert or update or delete on claim
    for each row execute function case_content_changed();
create trigger payment_content after insert or update or delete on payment
    for each row execute function case_content_changed();
create trigger cost_line_content after insert or update or delete on cost_line
    for each row execute function case_content_changed();
create trigger case_event_content after insert or update or delete on case_event
    for each row execute function case_content_changed();
create trigger objection_content after insert or update or delete on objection
    for each row execute function case_content_changed();
create trigger payment_plan_content after insert or update or delete on payment_plan
    for each row execute function case_content_changed();
create trigger plan_instalment_content after insert or update or delete on plan_instalment
    for each row execute function plan_instalment_changed();
create trigger debtor_content after update on debtor
    for each row execute function debtor_changed();

-- The creditor's version is part of the key too (its name, VAT and allocation order are on the pages). The
-- application moves it on every change (optimistic locking); an update by hand that leaves it moves it here.
create function creditor_row_changed() returns trigger language plpgsql as $$
begin
    if new.version = old.version then
        new.version := old.version + 1;
    end if;
    return new;
end $$;

create trigger creditor_version before update on creditor
    for each row execute function creditor_row_changed();
