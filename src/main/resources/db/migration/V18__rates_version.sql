-- The rate tables' version: one number that moves on any change to them, by the admin pages or by hand. Each
-- instance keeps the tables in memory (rates.RateTablesProvider) and asks this one row every few seconds whether they
-- are still current, so a change made on one instance is in every instance's balances within seconds, at the cost
-- of one primary-key read per instance per check. Kept views (cases.KeptCaseViews) are keyed on it.
create table rates_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into rates_version (id, version) values (true, 1);

create function rates_changed() returns trigger language plpgsql as $$
begin
    update rates_version set version = version + 1;
    return null;
end $$;

create trigger inkasso_rate_changed after insert or update or delete or truncate on inkasso_rate
    for each statement execute function rates_changed();
create trigger late_interest_rate_changed after insert or update or delete or truncate on late_interest_rate
    for each statement execute function rates_changed();
create trigger fee_band_changed after insert or update or delete or truncate on fee_band
    for each statement execute function rates_changed();
create trigger living_allowance_changed after insert or update or delete or truncate on living_allowance
    for each statement execute function rates_changed();
