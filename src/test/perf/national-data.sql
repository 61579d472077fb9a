-- Load data at national scale for Min side (issue 12): by default 1 000 000 debtors, about 1.8 million cases and
-- 3 million claims, with the cost lines, payments, events, objections and payment plans that go with them.
--
--   psql -v debtors=1000000 -f src/test/perf/national-data.sql postgresql://...
--
-- Run it once on an empty schema that the app's Flyway migrations have created (generate.sh does both). Bulk SQL
-- only: every table is filled by one INSERT ... SELECT over generate_series. Pseudo-random choices come from hashes
-- of the row's id (pg_temp.r), so the same size gives the same data every time.
--
-- The data is made consistent with the stage rules as of today (DOMAIN.md, "The case lifecycle"): a case whose
-- collection notice went out on day S has the payment demand on S+15 once 15 days have passed, lett salær on S+30,
-- tungt salær on S+58 and the legal step on S+73, each recorded as the stage job would. So the stage job finds only
-- the cases whose next step falls due today, as it would in production. Fee amounts follow the sats and bands
-- roughly (not to the øre); every constraint holds.
--
-- Letter PINs: pin_hash is 'generated:no-pin', which matches no PIN; benchmarks log in with sessions inserted
-- directly (check-national.sh). The creditor 'Benchmark AS' (id 1) has the API key 'benchmark-api-key'.

\set ON_ERROR_STOP on
\if :{?debtors}
\else
\set debtors 1000000
\endif

set client_min_messages = warning;
-- Foreign keys are satisfied by construction; their per-row triggers would double the load time.
set session_replication_role = replica;
set synchronous_commit = off;
set work_mem = '256MB';
set temp_buffers = '1GB';
set maintenance_work_mem = '512MB';
set max_parallel_maintenance_workers = 2;

do $$
begin
    if exists (select 1 from collection_case) or exists (select 1 from debtor) then
        raise exception 'The database already has debtors or cases: generate into a freshly migrated schema';
    end if;
end $$;

select clock_timestamp() as started \gset
\echo 'generating' :debtors 'debtors'

-- ---- Helpers (temporary: they leave with the session) ----

-- A pseudo-random number in [0, 1) for a row id and a salt.
create function pg_temp.r(id bigint, salt integer) returns double precision
    language sql immutable parallel safe
    as $$ select (hashint8(id * 1000003 + salt) & 2147483647)::double precision / 2147483648.0 $$;

create function pg_temp.d(s text, i integer) returns integer
    language sql immutable parallel safe
    as $$ select ascii(substr(s, i, 1)) - 48 $$;

-- Luhn (mod 10) check digit appended: case numbers and KIDs (no.minside.common.Luhn).
create function pg_temp.luhn(n bigint) returns text
    language plpgsql immutable parallel safe
    as $$
declare
    rest bigint := n;
    total integer := 0;
    doubled boolean := true;
    digit integer;
begin
    while rest > 0 loop
        digit := rest % 10;
        if doubled then
            digit := digit * 2;
            if digit > 9 then
                digit := digit - 9;
            end if;
        end if;
        total := total + digit;
        doubled := not doubled;
        rest := rest / 10;
    end loop;
    return n::text || ((10 - total % 10) % 10)::text;
end $$;

-- Mod-11 check digit of an organisation number's first eight digits; null when there is none (remainder 1).
create function pg_temp.org_check(base text) returns integer
    language sql immutable parallel safe
    as $$
    select nullif((11 - (3 * pg_temp.d(base, 1) + 2 * pg_temp.d(base, 2) + 7 * pg_temp.d(base, 3)
                       + 6 * pg_temp.d(base, 4) + 5 * pg_temp.d(base, 5) + 4 * pg_temp.d(base, 6)
                       + 3 * pg_temp.d(base, 7) + 2 * pg_temp.d(base, 8)) % 11) % 11, 10) $$;

-- An objection reference INN-XXXXXX from a number, in ObjectionService's alphabet.
create function pg_temp.objection_ref(n bigint) returns text
    language sql immutable parallel safe
    as $$
    select 'INN-' || string_agg(substr('ACDEFGHJKLMNPQRTUVWXY34679', ((n / (26::bigint ^ p)::bigint) % 26)::integer + 1, 1), ''
                                order by p desc)
    from generate_series(0, 5) p $$;

-- Inkassosats on a day (V2 rate table) and the lett multiple for a principal (DOMAIN.md, "Fees").
create function pg_temp.sats(day date) returns numeric
    language sql immutable parallel safe
    as $$ select case when day < date '2026-01-01' then 700.00 else 750.00 end $$;
create function pg_temp.light_multiple(principal numeric) returns numeric
    language sql immutable parallel safe
    as $$ select case when principal <= 500 then 0.25 when principal <= 1000 then 0.35 when principal <= 2500 then 0.40
                      when principal <= 10000 then 0.80 when principal <= 50000 then 1.60
                      when principal <= 250000 then 3.60 else 7.20 end $$;

-- ---- Secondary indexes go while the tables fill, and come back at the end ----

create temp table saved_index as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
from pg_index i
join pg_class t on t.oid = i.indrelid
where t.relnamespace = 'public'::regnamespace
  and t.relname in ('debtor', 'collection_case', 'claim', 'cost_line', 'payment', 'case_event', 'case_contact',
                    'objection', 'objection_claim', 'objection_message', 'plan_evaluation', 'payment_plan',
                    'plan_instalment')
  and not i.indisprimary
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);

do $$
declare
    ix record;
begin
    for ix in select name from saved_index loop
        execute 'drop index ' || ix.name;
    end loop;
end $$;

-- ---- Creditors and staff ----

insert into creditor (id, name, organisation_number, vat_registered, api_key_hash, allocation_order,
                      plan_surcharge_waived, plan_min_instalment, plan_auto_approve_max, contact_name, contact_email)
select id, name, base || pg_temp.org_check(base), vat, key_hash, allocation, waived, min_instalment, auto_max,
       'Kontakt ' || name, 'inkasso@creditor' || id || '.example'
from (values
        (1, 'Benchmark AS', '92310000', true, encode(sha256(convert_to('benchmark-api-key', 'UTF8')), 'hex'),
            null, false, null::numeric, null::numeric),
        (2, 'Nordlys Energi AS', '91234568', true, encode(sha256(convert_to('generated-key-2', 'UTF8')), 'hex'),
            null, false, null, null),
        (3, 'Fjordnett Telekom AS', '98765432', true, encode(sha256(convert_to('generated-key-3', 'UTF8')), 'hex'),
            'INTEREST_COSTS_PRINCIPAL', false, 300.00, null),
        (4, 'Tannhelse Vest AS', '99887766', false, encode(sha256(convert_to('generated-key-4', 'UTF8')), 'hex'),
            null, true, null, 20000.00),
        (5, 'Boligutleie Oslo AS', '97654321', true, encode(sha256(convert_to('generated-key-5', 'UTF8')), 'hex'),
            'PRINCIPAL_INTEREST_COSTS', false, null, null),
        (6, 'Treningssenteret Norge AS', '93456789', true, encode(sha256(convert_to('generated-key-6', 'UTF8')), 'hex'),
            null, false, 200.00, 15000.00),
        (7, 'Legekontoret Sentrum', '94567890', false, encode(sha256(convert_to('generated-key-7', 'UTF8')), 'hex'),
            null, false, null, null),
        (8, 'Nettbutikken AS', '95678902', true, encode(sha256(convert_to('generated-key-8', 'UTF8')), 'hex'),
            null, false, null, null)
     ) as v(id, name, base, vat, key_hash, allocation, waived, min_instalment, auto_max);

do $$
begin
    if exists (select 1 from creditor where organisation_number !~ '^[0-9]{9}$') then
        raise exception 'a creditor organisation number has no check digit: pick another base';
    end if;
end $$;

-- Staff who decided objections and plans in the generated history. Their password hash matches no password.
insert into staff_account (username, display_name, password_hash, role)
values ('gen.support', 'Generert Støtte', 'generated:no-password', 'support'),
       ('gen.officer', 'Generert Saksbehandler', 'generated:no-password', 'officer'),
       ('gen.admin', 'Generert Admin', 'generated:no-password', 'admin')
on conflict (username) do nothing;
select id as officer_id from staff_account where username = 'gen.officer' \gset
select id as support_id from staff_account where username = 'gen.support' \gset

-- ---- Debtors: one in twenty a business, the rest people with a valid synthetic-free fødselsnummer ----

-- Candidates DDMMYY III over 60 years of birth dates (individual numbers 000–499: born 1900–1999); the control
-- digits K1 and K2 of NationalId, and only the candidates where both exist.
create temp table national_ids as
with candidate as (
    select c, to_char(date '1940-01-01' + (c % 21900)::integer, 'DDMMYY')
              || lpad(((c / 21900) * 7 % 500)::text, 3, '0') as base
    from generate_series(0, (:debtors * 1.3)::bigint + 1000) c
), k1 as (
    select c, base,
           (11 - (3 * pg_temp.d(base, 1) + 7 * pg_temp.d(base, 2) + 6 * pg_temp.d(base, 3) + pg_temp.d(base, 4)
                + 8 * pg_temp.d(base, 5) + 9 * pg_temp.d(base, 6) + 4 * pg_temp.d(base, 7) + 5 * pg_temp.d(base, 8)
                + 2 * pg_temp.d(base, 9)) % 11) % 11 as k1
    from candidate
), k2 as (
    select c, base, k1,
           (11 - (5 * pg_temp.d(base, 1) + 4 * pg_temp.d(base, 2) + 3 * pg_temp.d(base, 3) + 2 * pg_temp.d(base, 4)
                + 7 * pg_temp.d(base, 5) + 6 * pg_temp.d(base, 6) + 5 * pg_temp.d(base, 7) + 4 * pg_temp.d(base, 8)
                + 3 * pg_temp.d(base, 9) + 2 * k1) % 11) % 11 as k2
    from k1 where k1 < 10
)
select row_number() over (order by c) as rn, base || k1 || k2 as national_id from k2 where k2 < 10;

create temp table organisation_numbers as
select row_number() over (order by c) as rn, base || pg_temp.org_check(base) as organisation_number
from (select c, (81000000 + c)::text as base from generate_series(0, (:debtors / 20 * 1.2)::bigint + 100) c) x
where pg_temp.org_check(base) is not null;

insert into debtor (id, kind, national_id, organisation_number, name, street, postal_code, city, email, phone,
                    language, notify_by_email, notify_by_sms, created_at, updated_at)
select g.id,
       case when g.id % 20 = 0 then 'BUSINESS' else 'CONSUMER' end,
       n.national_id,
       o.organisation_number,
       case when g.id % 20 = 0
            then (array['Fjellheim', 'Solberg', 'Havblikk', 'Nordvik', 'Lysaker', 'Granly', 'Elvestad', 'Bakkely',
                        'Strand', 'Furuly'])[1 + (pg_temp.r(g.id, 1) * 10)::integer % 10]
                 || (array[' Bygg AS', ' Transport AS', ' Regnskap AS', ' Kafé AS', ' Frisør', ' Maskin AS'])
                    [1 + (pg_temp.r(g.id, 2) * 6)::integer % 6]
            else (array['Ola', 'Kari', 'Per', 'Anne', 'Lars', 'Ingrid', 'Jon', 'Marit', 'Nils', 'Silje', 'Erik', 'Hanne',
                        'Bjørn', 'Tone', 'Knut', 'Nora', 'Geir', 'Emma', 'Arne', 'Sofie', 'Øystein', 'Åse', 'Ahmed',
                        'Fatima', 'Piotr', 'Agnieszka', 'Mohammad', 'Linh', 'Jonas', 'Ida'])
                 [1 + (pg_temp.r(g.id, 1) * 30)::integer % 30]
                 || ' '
                 || (array['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen',
                           'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen',
                           'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen',
                           'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg',
                           'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen',
                           'Mathisen', 'Lie', 'Nguyen', 'Ali', 'Kowalski', 'Ødegård', 'Aasen'])
                    [1 + (pg_temp.r(g.id, 2) * 45)::integer % 45]
       end,
       (array['Storgata', 'Kirkeveien', 'Skogveien', 'Parkveien', 'Fjordgata', 'Bjørkeveien', 'Sjøgata',
              'Elvegata'])[1 + (pg_temp.r(g.id, 3) * 8)::integer % 8] || ' ' || (1 + (pg_temp.r(g.id, 4) * 120)::integer),
       lpad((150 + (pg_temp.r(g.id, 5) * 9700)::integer)::text, 4, '0'),
       (array['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Kristiansand', 'Tromsø', 'Drammen', 'Fredrikstad', 'Bodø',
              'Ålesund'])[1 + (pg_temp.r(g.id, 6) * 10)::integer % 10],
       case when pg_temp.r(g.id, 7) < 0.6 then 'debitor' || g.id || '@example.no' end,
       case when pg_temp.r(g.id, 8) < 0.5 then (90000000 + (pg_temp.r(g.id, 9) * 9999999)::integer)::text end,
       case when pg_temp.r(g.id, 10) < 0.06 then 'en' else 'nb' end,
       pg_temp.r(g.id, 7) < 0.6,
       pg_temp.r(g.id, 8) < 0.2,
       now() - interval '1 day' * (pg_temp.r(g.id, 11) * 900),
       now() - interval '1 day' * (pg_temp.r(g.id, 11) * 300)
from generate_series(1, :debtors) g(id)
left join national_ids n on g.id % 20 <> 0 and n.rn = g.id - g.id / 20
left join organisation_numbers o on g.id % 20 = 0 and o.rn = g.id / 20;

do $$
begin
    if exists (select 1 from debtor where kind = 'CONSUMER' and national_id is null
                                        or kind = 'BUSINESS' and organisation_number is null) then
        raise exception 'not enough national ids or organisation numbers were generated';
    end if;
end $$;
select clock_timestamp() - :'started'::timestamptz as elapsed \gset
\echo 'debtors done after' :elapsed

-- ---- Cases: most debtors have one, a long tail has dozens ----

-- How many cases each debtor has, and the id of the first (cases of one debtor are consecutive).
create temp table debtor_cases as
select id as debtor_id, n, sum(n) over (order by id) - n + 1 as first_case
from (
    select id,
           case when r < 0.75 then 1 when r < 0.88 then 2 when r < 0.94 then 3
                when r < 0.975 then 4 + (pg_temp.r(id, 21) * 3)::integer
                when r < 0.995 then 7 + (pg_temp.r(id, 21) * 9)::integer
                else 20 + (pg_temp.r(id, 21) * 41)::integer end as n
    from (select id, pg_temp.r(id, 20) as r from generate_series(1, :debtors) id) x
) y;

-- Every case with what its rows depend on. age: days since the collection notice; outcome: open, PAID or
-- CANCELLED; eff: the age at which the case stopped moving (the closing day for a closed case, else today).
create temp table gen_case as
with base as (
    select dc.first_case + j - 1 as id, dc.debtor_id, j
    from debtor_cases dc cross join lateral generate_series(1, dc.n) j
), aged as (
    select id, debtor_id,
           1 + least(7, floor(pg_temp.r(id, 30) ^ 2 * 8)::integer) as creditor_id,
           case when ra < 0.10 then floor(ra / 0.10 * 15)::integer
                when ra < 0.28 then 15 + floor((ra - 0.10) / 0.18 * 58)::integer
                else 73 + floor((ra - 0.28) / 0.72 * 800)::integer end as age,
           pg_temp.r(id, 32) as ro,
           pg_temp.r(id, 33) as rp,
           pg_temp.r(id, 34) as rc
    from (select id, debtor_id, pg_temp.r(id, 31) as ra from base) b
), outcome as (
    select id, debtor_id, creditor_id, age,
           case when age >= 5 and ro < 0.35 then 'PAID' when age >= 5 and ro < 0.40 then 'CANCELLED' else 'OPEN' end
               as outcome,
           rp, rc
    from aged
)
select id, debtor_id, creditor_id, age, outcome,
       current_date - age as notice_on,
       case when outcome = 'OPEN' then age else floor(rp * least(age, 200))::integer end as eff,
       case when rc < 0.66 then 1 when rc < 0.85 then 2 when rc < 0.94 then 3
            when rc < 0.985 then 4 + (pg_temp.r(id, 35) * 2)::integer
            else 6 + (pg_temp.r(id, 35) * 7)::integer end as claims
from outcome;

create temp table gen_case_claims as
select id, sum(claims) over (order by id) - claims + 1 as first_claim from gen_case;
-- Rebuild with the claim offsets (cheaper than an UPDATE of every row).
create temp table gen as
select c.id, c.debtor_id, c.creditor_id, c.age, c.outcome, c.notice_on, c.eff, c.claims, k.first_claim,
       case when c.outcome = 'OPEN' then null else c.notice_on + c.eff end as closed_on,
       pg_temp.luhn(1000000 + c.id) as case_number,
       d.kind = 'BUSINESS' as business,
       cr.vat_registered as vat_registered
from gen_case c
join gen_case_claims k on k.id = c.id
join debtor d on d.id = c.debtor_id
join creditor cr on cr.id = c.creditor_id;
drop table gen_case, gen_case_claims, debtor_cases;
alter table gen add primary key (id);
analyze gen;

insert into collection_case (id, case_number, creditor_id, debtor_id, creditor_reference, kid, stage,
                             collection_notice_sent_on, collection_notice_deadline, payment_demand_sent_on,
                             payment_demand_deadline, legal_step_on, closed_on, pin_hash, version, created_at)
select id, case_number, creditor_id, debtor_id, 'REF-' || id, pg_temp.luhn(case_number::bigint),
       case when outcome <> 'OPEN' then outcome when eff <= 14 then 'COLLECTION_NOTICE'
            when eff < 73 then 'PAYMENT_DEMAND' else 'LEGAL' end,
       notice_on, notice_on + 14,
       case when eff >= 15 then notice_on + 15 end,
       case when eff >= 15 then notice_on + 29 end,
       case when eff >= 73 then notice_on + 73 end,
       closed_on, 'generated:no-pin', 0, notice_on::timestamptz + interval '9 hours'
from gen;
select clock_timestamp() - :'started'::timestamptz as elapsed \gset
\echo 'cases done after' :elapsed

-- ---- Claims: most under 2 500 kr, some large; invoices due 14–60 days before the collection notice ----

insert into claim (id, case_id, invoice_number, description, principal, due_date, reminder_fee, cancelled_on)
select g.first_claim + k - 1, g.id, 'F' || (g.first_claim + k - 1),
       (array['Strøm', 'Mobilabonnement', 'Tannbehandling', 'Husleie', 'Treningsavgift', 'Legetime', 'Nettbestilling',
              'Bredbånd', 'Forsikring', 'Parkering'])[g.creditor_id + (k % 3)]
           || ' faktura ' || to_char(g.notice_on - 14 - k * 30, 'MM/YYYY'),
       round((case when rp < 0.80 then 150 + rp / 0.80 * 2350
                   when rp < 0.95 then 2500 + (rp - 0.80) / 0.15 * 7500
                   when rp < 0.99 then 10000 + (rp - 0.95) / 0.04 * 40000
                   else 50000 + (rp - 0.99) / 0.01 * 250000 end)::numeric, 2),
       g.notice_on - 14 - (k - 1) * 30 - floor(pg_temp.r(g.first_claim + k, 41) * 30)::integer,
       case when pg_temp.r(g.first_claim + k, 42) < 0.25 then 35.00 else 0 end,
       case when g.outcome = 'CANCELLED' then g.closed_on end
from gen g
cross join lateral generate_series(1, g.claims) k
cross join lateral (select pg_temp.r(g.first_claim + k, 40) as rp) p;
select clock_timestamp() - :'started'::timestamptz as elapsed \gset
\echo 'claims done after' :elapsed

-- ---- Cost lines as the stage job records them: the notice fee, then lett and tungt salær per claim ----

insert into cost_line (case_id, claim_id, type, amount, vat_amount, incurred_on, legal_basis, sats_used, created_at)
select id, null, 'COLLECTION_NOTICE_FEE', pg_temp.sats(notice_on) / 20, 0, notice_on,
       'inkassoforskriften § 1-2 (1/20 inkassosats)', pg_temp.sats(notice_on), notice_on::timestamptz
from gen;

insert into cost_line (case_id, claim_id, type, amount, vat_amount, incurred_on, legal_basis, sats_used, created_at)
select g.id, k.id, fee.type, fee.amount, case when g.vat_registered then 0 else round(fee.amount * 0.25, 2) end,
       fee.day, fee.basis, pg_temp.sats(fee.day), fee.day::timestamptz
from gen g
join claim k on k.case_id = g.id
cross join lateral (
    select t.type, t.day, t.basis,
           round(pg_temp.light_multiple(k.principal) * pg_temp.sats(t.day) * t.factor
                 * case when g.business then 1.5 else 1 end, 2) as amount
    from (values ('LIGHT_FEE', g.notice_on + 30, 1, 30, 'inkassoforskriften § 2-2 (lett salær)'),
                 ('HEAVY_FEE', g.notice_on + 58, 2, 58, 'inkassoforskriften § 2-2 (tungt salær)'))
         t(type, day, factor, from_age, basis)
    where g.eff >= t.from_age
) fee
where g.eff >= 30;
select clock_timestamp() - :'started'::timestamptz as elapsed \gset
\echo 'cost lines done after' :elapsed

-- ---- Payments: the paying one on every paid case, part payments on a quarter of the open ones ----

create temp table case_principal as
select case_id, sum(principal + reminder_fee) as owed from claim group by case_id;

insert into payment (case_id, external_id, amount, paid_on, kid, registered_at, status, held_reason)
select g.id, 'BANK-' || g.id || '-0',
       round(p.owed * (1 + 0.12 * g.eff / 365.0) + 35 + case when g.eff >= 30 then 300 * g.claims else 0 end
             + case when g.eff >= 58 then 300 * g.claims else 0 end, 2),
       g.closed_on, pg_temp.luhn(g.case_number::bigint), g.closed_on::timestamptz + interval '14 hours', 'BOOKED', null
from gen g join case_principal p on p.case_id = g.id
where g.outcome = 'PAID';

insert into payment (case_id, external_id, amount, paid_on, kid, registered_at, status, held_reason)
select g.id, 'BANK-' || g.id || '-' || n,
       greatest(1.00, round(p.owed * (0.10 + pg_temp.r(g.id * 8 + n, 51)::numeric * 0.20) / 3, 2)),
       g.notice_on + floor(pg_temp.r(g.id * 8 + n, 52) * g.age)::integer,
       pg_temp.luhn(g.case_number::bigint),
       (g.notice_on + floor(pg_temp.r(g.id * 8 + n, 52) * g.age)::integer)::timestamptz + interval '15 hours',
       'BOOKED', null
from gen g
join case_principal p on p.case_id = g.id
cross join lateral generate_series(1, 1 + floor(pg_temp.r(g.id, 50) * 12)::integer % 3) n
where g.outcome = 'OPEN' and g.age >= 3 and pg_temp.r(g.id, 53) < 0.25;

-- A few payments far above what the case owes, held for staff review.
insert into payment (case_id, external_id, amount, paid_on, kid, registered_at, status, held_reason)
select g.id, 'BANK-' || g.id || '-H', round(p.owed * 20, 2), current_date - 1 - (g.id % 20)::integer,
       pg_temp.luhn(g.case_number::bigint), now() - interval '1 day' * (1 + g.id % 20), 'HELD',
       'The payment is far above what the case owes'
from gen g join case_principal p on p.case_id = g.id
where g.outcome = 'OPEN' and g.age >= 25 and pg_temp.r(g.id, 54) < 0.0005;
select clock_timestamp() - :'started'::timestamptz as elapsed \gset
\echo 'payments done after' :elapsed

-- ---- Objections: open and awaiting information (paused cases), rejected in the past, upheld on cancelled cases ----

create temp table gen_objection as
select row_number() over (order by g.id) as id, g.id as case_id, g.first_claim, status, paused_on
from gen g
cross join lateral (
    select case when g.outcome = 'CANCELLED' then 'UPHELD'
                when pg_temp.r(g.id, 61) < 0.40 then 'OPEN'
                when pg_temp.r(g.id, 61) < 0.55 then 'INFO_REQUESTED'
                else 'REJECTED' end as status
) s
cross join lateral (
    select case when s.status in ('OPEN', 'INFO_REQUESTED') then current_date - floor(pg_temp.r(g.id, 62) * 10)::integer
                when s.status = 'UPHELD' then g.closed_on - 3
                else g.notice_on + 1 + floor(pg_temp.r(g.id, 62) * (g.age - 12))::integer end as paused_on
) p
where (g.outcome = 'OPEN' and g.age >= 14 and pg_temp.r(g.id, 60) < 0.03)
   or (g.outcome = 'CANCELLED' and g.eff >= 3 and pg_temp.r(g.id, 60) < 0.30);

insert into objection (id, case_id, reference, reason, text, whole_case, status, submitted_at, paused_on,
                       answer_due_on, decided_at, decided_on, decided_by, decision_reason, submission_token, version)
select o.id, o.case_id, pg_temp.objection_ref((o.id * 7919 + 104729) % 308915776),
       (array['ALREADY_PAID', 'AMOUNT_WRONG', 'NOT_MY_DEBT', 'DEFECT', 'NO_INVOICE', 'OTHER'])
           [1 + (pg_temp.r(o.id, 63) * 6)::integer % 6],
       'Jeg mener dette kravet ikke stemmer. Jeg har aldri mottatt faktura for dette, og ber om dokumentasjon.',
       pg_temp.r(o.id, 64) < 0.6 or o.status = 'UPHELD',
       o.status,
       o.paused_on::timestamptz + interval '10 hours',
       o.paused_on,
       case when o.status = 'INFO_REQUESTED' then o.paused_on + 9 else o.paused_on + 7 end,
       case when o.status in ('UPHELD', 'REJECTED') then (o.paused_on + 3)::timestamptz + interval '12 hours' end,
       case when o.status in ('UPHELD', 'REJECTED') then o.paused_on + 3 end,
       case when o.status in ('UPHELD', 'REJECTED') then :support_id end,
       case when o.status = 'UPHELD' then 'Kreditor har bekreftet at kravet var betalt.'
            when o.status = 'REJECTED' then 'Kravet er dokumentert med faktura og purring.' end,
       md5('objection-' || o.id),
       0
from gen_objection o;

insert into objection_claim (objection_id, claim_id, principal_before, reduced_to)
select o.id, o.first_claim, null, null
from gen_objection o join objection x on x.id = o.id
where not x.whole_case;

insert into objection_message (objection_id, kind, text, staff_id, at)
select o.id, 'INFO_REQUEST', 'Kan du sende oss kvitteringen for betalingen?', :support_id,
       o.paused_on::timestamptz + interval '1 day 9 hours'
from gen_objection o where o.status = 'INFO_REQUESTED';
insert into objection_message (objection_id, kind, text, staff_id, at)
select o.id, 'REPLY', 'Her er kvitteringen fra nettbanken.', null, o.paused_on::timestamptz + interval '2 days 18 hours'
from gen_objection o where o.status = 'INFO_REQUESTED' and o.id % 2 = 0;
select clock_timestamp() - :'started'::timestamptz as elapsed \gset
\echo 'objections done after' :elapsed

-- ---- Payment plans in every status, each with the evaluation the debtor accepted ----

create temp table gen_plan as
select row_number() over (order by g.id) as id, g.id as case_id, g.case_number, g.debtor_id, g.notice_on, g.age,
       g.closed_on, s.status, 3 + floor(pg_temp.r(g.id, 71) * 22)::integer as months, p.owed
from gen g
join case_principal p on p.case_id = g.id
cross join lateral (
    select case when g.outcome = 'PAID' then 'COMPLETED'
                when pg_temp.r(g.id, 72) < 0.10 then 'REFERRED'
                when pg_temp.r(g.id, 72) < 0.15 then 'OFFERED'
                when pg_temp.r(g.id, 72) < 0.60 then 'ACTIVE'
                when pg_temp.r(g.id, 72) < 0.75 then 'BROKEN'
                when pg_temp.r(g.id, 72) < 0.90 then 'REJECTED'
                else 'LAPSED' end as status
) s
where ((g.outcome = 'OPEN' and g.age >= 20 and pg_temp.r(g.id, 60) >= 0.03 and pg_temp.r(g.id, 70) < 0.04)
    or (g.outcome = 'PAID' and g.eff >= 60 and pg_temp.r(g.id, 70) < 0.03));

create temp table gen_plan_terms as
select p.*,
       case when p.status = 'COMPLETED' then p.closed_on - 30 * p.months
            when p.status in ('REFERRED', 'OFFERED') then current_date - floor(pg_temp.r(p.id, 73) * 8)::integer
            when p.status = 'LAPSED' then current_date - 20 - floor(pg_temp.r(p.id, 73) * 60)::integer
            else current_date - 5 - floor(pg_temp.r(p.id, 73) * least(p.age - 15, 300))::integer end as plan_on,
       case when p.months > 4 then 1050.00 else 0 end as plan_surcharge
from gen_plan p;
drop table gen_plan;
create temp table plan_terms as
select t.id, t.case_id, t.case_number, t.debtor_id, t.status, t.months, t.plan_surcharge, t.closed_on,
       greatest(t.plan_on, t.notice_on + 1) as plan_on,
       round((t.owed * 1.15 + t.plan_surcharge) / t.months, 2) as instalment,
       round((t.owed * 1.15 + t.plan_surcharge) / t.months, 2) * t.months as total
from gen_plan_terms t;
drop table gen_plan_terms;

-- The evaluation accepted (2n-1) and, for an offered plan, the officer's counter-offer (2n).
insert into plan_evaluation (id, public_id, case_id, channel, actor_id, counter_offer_of, evaluated_on, policy_version,
                             last_payment_id, decision, inputs, result, created_at)
select e.id, e.public_id, p.case_id, e.channel, case when e.channel = 'OFFICER' then :officer_id else p.debtor_id end,
       e.counter_offer_of, p.plan_on, 'agency-2026-01', 0, e.decision,
       jsonb_build_object('budget', null, 'livingAllowances', null,
                          'surcharge', jsonb_build_object('inkassosats', '700.00', 'satsProvisional', false,
                                                          'addVat', false)),
       jsonb_build_object(
           'evaluationId', e.public_id, 'caseNumber', p.case_number, 'evaluatedOn', p.plan_on,
           'policyVersion', 'agency-2026-01', 'decision', e.decision,
           'proposal', jsonb_build_object('monthlyAmount', p.instalment::text, 'months', null,
                                          'firstDueDate', p.plan_on + 14),
           'rules', jsonb_build_array(
               jsonb_build_object('rule', 'MIN_INSTALMENT', 'passed', e.decision = 'APPROVED',
                                  'reason', jsonb_build_object('nb', 'Planen er innenfor antall måneder vi godtar.',
                                                               'en', 'The plan is within the months we accept.'))),
           'terms', jsonb_build_object(
               'instalment', p.instalment::text, 'months', p.months, 'deferral', false, 'clears', true,
               'balanceToday', (p.total - p.plan_surcharge)::text, 'surcharge', p.plan_surcharge::text,
               'surchargeProvisional', false, 'totalBeforePlan', (p.total - p.plan_surcharge)::text,
               'projectedInterest', '0.00', 'totalToPay', p.total::text, 'firstDueDate', p.plan_on + 14,
               'lastDueDate', (p.plan_on + 14 + (p.months - 1) * interval '1 month')::date,
               'schedule', (select jsonb_agg(jsonb_build_object(
                                'number', n, 'dueDate', (p.plan_on + 14 + (n - 1) * interval '1 month')::date,
                                'amount', p.instalment::text, 'toCosts', '0.00', 'toInterest', '0.00',
                                'toPrincipal', p.instalment::text,
                                'remainingAfter', (p.total - n * p.instalment)::text) order by n)
                            from generate_series(1, p.months) n)),
           'maximumMonths', 24, 'disposableIncome', null, 'counterOffer', null),
       p.plan_on::timestamptz + interval '11 hours'
from plan_terms p
cross join lateral (
    select 2 * p.id - 1 as id, md5('evaluation-' || (2 * p.id - 1))::uuid as public_id, 'PORTAL' as channel,
           null::bigint as counter_offer_of,
           case when p.status in ('REFERRED', 'OFFERED', 'REJECTED') then 'REFERRED' else 'APPROVED' end as decision
    union all
    select 2 * p.id, md5('evaluation-' || (2 * p.id))::uuid, 'OFFICER', 2 * p.id - 1, 'APPROVED'
    where p.status = 'OFFERED'
) e;

insert into payment_plan (id, reference, case_id, case_number, debtor_id, status, evaluation_id, offer_evaluation_id,
                          kid, first_due_date, instalment, months, surcharge, total_to_pay, submitted_at,
                          payments_after, answer_due_at, started_on, ended_on, decided_by, decided_at,
                          decision_reason, version)
select p.id, 'BA-' || (100000 + p.id), p.case_id, p.case_number, p.debtor_id, p.status, 2 * p.id - 1,
       case when p.status = 'OFFERED' then 2 * p.id end,
       pg_temp.luhn(p.case_number::bigint), p.plan_on + 14, p.instalment, p.months, p.plan_surcharge, p.total,
       p.plan_on::timestamptz + interval '11 hours', 0,
       case when p.status in ('REFERRED', 'OFFERED', 'REJECTED')
            then p.plan_on::timestamptz + interval '5 days 11 hours' end,
       case when p.status in ('ACTIVE', 'COMPLETED', 'BROKEN') then p.plan_on end,
       case when p.status = 'COMPLETED' then greatest(p.plan_on, p.closed_on)
            when p.status = 'BROKEN' then least(current_date - 1, p.plan_on + 75)
            when p.status = 'LAPSED' then p.plan_on + 14 end,
       case when p.status in ('OFFERED', 'REJECTED') then :officer_id end,
       case when p.status in ('OFFERED', 'REJECTED') then p.plan_on::timestamptz + interval '2 days 10 hours' end,
       case when p.status = 'OFFERED' then 'Lavere beløp over flere måneder passer budsjettet.'
            when p.status = 'REJECTED' then 'Budsjettet gir ikke rom for planen.' end,
       0
from plan_terms p;

insert into plan_instalment (plan_id, number, due_date, amount, to_costs, to_interest, to_principal, paid_amount, paid_on)
select p.id, n, due, p.instalment, 0, 0, p.instalment,
       case when paid then p.instalment else 0 end,
       case when paid then due end
from plan_terms p
cross join lateral generate_series(1, p.months) n
cross join lateral (select (p.plan_on + 14 + (n - 1) * interval '1 month')::date as due) d
cross join lateral (select p.status = 'COMPLETED' or (p.status = 'ACTIVE' and due < current_date)
                           or (p.status = 'BROKEN' and due < current_date and n = 1) as paid) q
where p.status in ('ACTIVE', 'COMPLETED', 'BROKEN');

-- The plan surcharge (§ 2-4) recorded with a plan of more than four instalments.
insert into cost_line (case_id, claim_id, type, amount, vat_amount, incurred_on, legal_basis, sats_used, created_at)
select p.case_id, null, 'PLAN_SURCHARGE', p.plan_surcharge, 0, p.plan_on, 'inkassoforskriften § 2-4', 700.00,
       p.plan_on::timestamptz
from plan_terms p where p.plan_surcharge > 0 and p.status in ('ACTIVE', 'COMPLETED', 'BROKEN');
select clock_timestamp() - :'started'::timestamptz as elapsed \gset
\echo 'plans done after' :elapsed

-- ---- Case events: what each case's history shows ----

insert into case_event (case_id, type, occurred_on, amount, detail, created_at)
select g.id, e.type, e.day, e.amount, e.detail, e.day::timestamptz + interval '9 hours'
from gen g
join case_principal p on p.case_id = g.id
cross join lateral (
    values ('CASE_OPENED', g.notice_on, p.owed, null::text),
           ('COLLECTION_NOTICE_SENT', g.notice_on, null, null)
    union all select 'PAYMENT_DEMAND_SENT', g.notice_on + 15, null, null where g.eff >= 15
    union all select 'LEGAL_STEP', g.notice_on + 73, null, null where g.eff >= 73
    union all select g.outcome, g.closed_on, null, null where g.outcome <> 'OPEN'
) e(type, day, amount, detail);

insert into case_event (case_id, type, occurred_on, amount, detail, created_at)
select case_id, 'PAYMENT_RECEIVED', paid_on, amount, external_id, registered_at
from payment where status = 'BOOKED';

insert into case_event (case_id, type, occurred_on, amount, detail, created_at)
select case_id, 'OBJECTION_OPENED', paused_on, null, reference, submitted_at from objection;
insert into case_event (case_id, type, occurred_on, amount, detail, created_at)
select case_id, 'OBJECTION_DECIDED', decided_on, null, reference || ' ' || status, decided_at
from objection where decided_on is not null;
insert into case_event (case_id, type, occurred_on, amount, detail, created_at)
select case_id, 'PLAN_STARTED', started_on, total_to_pay, reference, submitted_at
from payment_plan where started_on is not null;
insert into case_event (case_id, type, occurred_on, amount, detail, created_at)
select case_id, case when status = 'BROKEN' then 'PLAN_BROKEN' else 'PLAN_COMPLETED' end, ended_on, null, reference,
       ended_on::timestamptz + interval '7 hours'
from payment_plan where status in ('BROKEN', 'COMPLETED');

-- Notice details a letter's holder set for one case.
insert into case_contact (case_id, email, phone, notify_by_email, notify_by_sms, language, updated_at)
select id, 'sak' || id || '@example.no', null, true, false, 'nb', notice_on::timestamptz + interval '3 days'
from gen where pg_temp.r(id, 80) < 0.05;
select clock_timestamp() - :'started'::timestamptz as elapsed \gset
\echo 'events done after' :elapsed

-- ---- Indexes back, sequences past the generated ids, statistics ----

reset session_replication_role;
select clock_timestamp() as indexes_started \gset
select definition from saved_index order by name \gexec
select clock_timestamp() - :'indexes_started'::timestamptz as elapsed \gset
\echo 'indexes rebuilt in' :elapsed

do $$
declare
    t text;
    m bigint;
begin
    foreach t in array array['creditor', 'debtor', 'collection_case', 'claim', 'cost_line', 'payment', 'case_event',
                             'objection', 'objection_message', 'plan_evaluation', 'payment_plan', 'plan_instalment',
                             'staff_account'] loop
        execute format('select coalesce(max(id), 0) from %I', t) into m;
        if m > 0 then
            perform setval(pg_get_serial_sequence(t, 'id'), m);
        end if;
    end loop;
    select coalesce(max(id), 0) into m from collection_case;
    perform setval('case_number_seq', 1000000 + greatest(m, 1));
    select coalesce(max(id), 0) into m from payment_plan;
    perform setval('plan_reference_seq', 100000 + greatest(m, 1));
end $$;

vacuum analyze debtor, collection_case, claim, cost_line, payment, case_event, case_contact, objection,
    objection_claim, objection_message, plan_evaluation, payment_plan, plan_instalment, creditor, staff_account;

select clock_timestamp() - :'started'::timestamptz as elapsed \gset
\echo 'generation finished after' :elapsed
