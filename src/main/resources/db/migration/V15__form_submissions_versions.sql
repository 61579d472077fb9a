-- Double submits: every state-changing form carries a one-time token (the hidden field `submission`). The first
-- request with a token claims it here, in the same transaction as its change; a second request with the same token
-- waits on the primary key until the first commits and then lands where the first one did (`landing`), so ten
-- identical POSTs at once make one change. A request whose change fails rolls its claim back with it.
create table form_submission (
    token       varchar(64)  primary key,
    -- Who sent it ('debtor:<id>' or 'staff:<id>'): a token is only ever good for the person whose page carried it.
    actor       varchar(40)  not null,
    -- The path on this site the first request's answer led to (or, for a page shown once, a page about it); null
    -- only inside the claiming transaction, before its change is done.
    landing     varchar(500),
    created_at  timestamptz  not null default now()
);
create index form_submission_created on form_submission (created_at);

-- Lost updates: staff accounts and API clients get an optimistic-lock version, like objections, plans, cases and
-- creditors have; the admin's form carries the version it was read at and a save against a newer one is refused.
alter table staff_account add column version bigint not null default 0;
alter table api_client add column version bigint not null default 0;

-- The rate tables change as a whole (a new period ends the one before it), so each table has one version, moved by
-- every saved change to it; the admin's form carries the version of the table it was read at.
create table rate_table_version (
    rate_table  varchar(20) primary key check (rate_table in ('INTEREST', 'SATS', 'ALLOWANCES', 'BAND')),
    version     bigint      not null default 0
);
insert into rate_table_version (rate_table) values ('INTEREST'), ('SATS'), ('ALLOWANCES'), ('BAND');
