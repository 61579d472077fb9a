-- Debtors see only official sources for a rate (Lovdata, Finanstilsynet, Norges Bank); the research notes in
-- "source" stay for admins (issue 14). A rate without an official source shows none.
alter table inkasso_rate add column official_source varchar(300);
alter table late_interest_rate add column official_source varchar(300);

update inkasso_rate set official_source = 'Lovdata: forskrift 20. desember 2018 nr. 2050 (endring i inkassoforskriften)'
    where valid_from = '2017-01-01';
update late_interest_rate set official_source = 'Lovdata: forskrift 19. desember 2024 nr. 3279'
    where valid_from = '2025-01-01';

comment on table case_contact is 'A case''s own notice details: supplied by the creditor at intake or set by a PIN login. '
    'A case without a row uses the debtor''s own details, which only the person changes.';
