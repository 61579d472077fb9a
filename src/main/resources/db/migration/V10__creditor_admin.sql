-- Creditor policies kept by admins (issue 11): contact details, the months a plan may run per amount band, API key
-- rotation with a grace period for the old key, and a version for optimistic locking of the admin's changes.

alter table creditor add column contact_name  varchar(200);
alter table creditor add column contact_email varchar(254);
alter table creditor add column contact_phone varchar(20);

-- The longest plan approved without a case officer, one entry per band of the agency policy (DOMAIN.md, "Payment
-- plans": up to 2 500, 10 000, 50 000, 250 000 kr, and above); null means the agency's months.
alter table creditor add column plan_max_months integer[]
    check (plan_max_months is null or (cardinality(plan_max_months) = 5 and 1 <= all (plan_max_months)
                                       and 120 >= all (plan_max_months)));

-- After a rotation the old key keeps working until previous_key_valid_until, so the creditor can switch over.
alter table creditor add column previous_api_key_hash    varchar(64) unique;
alter table creditor add column previous_key_valid_until timestamptz;
alter table creditor add column key_rotated_at           timestamptz;
alter table creditor add constraint creditor_previous_key check (
    (previous_api_key_hash is null) = (previous_key_valid_until is null));

alter table creditor add column version bigint not null default 0;
