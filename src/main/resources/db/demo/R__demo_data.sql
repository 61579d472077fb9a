-- Demo data for dev mode only (quarkus.flyway.locations adds db/demo in %dev). Never part of a production migration.
--
-- Repeatable and idempotent: every insert is `on conflict do nothing` on a natural key (organisation number, national
-- id, case number, (case, invoice number), (case, payment id)); foreign keys are looked up by natural key; timeline
-- rows are inserted only when the case has no row of that type with the same detail text (not the same date: the
-- dates are relative to current_date, so a re-run on a later day must not add a second copy).
--
-- Dates are relative to current_date so that the demo looks alive on the day it is first started; the case moved from
-- another system (90000175) keeps its old 2024 dates. Stages follow DOMAIN.md: IV deadline = IV + 14, BO = IV deadline
-- + 1, BO deadline = BO + 14, lett salær after the BO deadline, tungt 28 days later, the legal step 14 days after that.
-- No cost_line rows: the balance engine derives the statutory fees. The PAID cases are overpaid by a few kroner (the
-- exact balance depends on the day the demo is started); the engine keeps the surplus as overpaid.
--
-- Creditor API keys (X-Api-Key), stored as lowercase hex SHA-256:
--   Fjordstrøm Energi AS   demo-key-fjordstrom
--   NordTele AS            demo-key-nordtele
--   Vikashop AS            demo-key-vikashop
--
-- Letter logins (case number + PIN; pin_hash is bcrypt cost 10, $2a$):
--   90000019  11112222  Ingrid Haugen                  COLLECTION_NOTICE  Fjordstrøm Energi AS
--   90000027  22223333  Ingrid Haugen                  PAYMENT_DEMAND     NordTele AS
--   90000035  33334444  Ingrid Haugen                  PAID               Vikashop AS
--   90000043  44445555  Ole Martin Berg                COLLECTION_NOTICE  Fjordstrøm Energi AS
--   90000050  55556666  Ole Martin Berg                LEGAL              NordTele AS
--   90000068  66667777  Sofie Johansen                 PAYMENT_DEMAND     Vikashop AS
--   90000076  77778888  Sofie Johansen                 PAID               Fjordstrøm Energi AS
--   90000084  88889999  Lars Eriksen                   PAYMENT_DEMAND     Fjordstrøm Energi AS
--   90000092  99990000  Lars Eriksen                   CANCELLED          NordTele AS
--   90000100  12341234  Marte Solberg                  COLLECTION_NOTICE  Vikashop AS
--   90000118  23452345  Marte Solberg                  PAYMENT_DEMAND     Fjordstrøm Energi AS
--   90000126  34563456  Anders Bakken                  PAID               NordTele AS
--   90000134  45674567  Fjellheim Snekkerverksted AS   LEGAL              Fjordstrøm Energi AS
--   90000142  56785678  Nora Lie                       PAYMENT_DEMAND     Vikashop AS
--   90000159  67896789  Nora Lie                       COLLECTION_NOTICE  NordTele AS
--   90000167  78907890  Emily Carter                   PAYMENT_DEMAND     NordTele AS
--   90000175  13571357  Piotr Nowak                    LEGAL              Fjordstrøm Energi AS
--   90000183  24682468  Piotr Nowak                    CANCELLED          Vikashop AS
--   90000191  11223344  Fjellheim Snekkerverksted AS   COLLECTION_NOTICE  NordTele AS
--   90000209  55667788  Emily Carter                   PAID               Vikashop AS

-- Creditors -------------------------------------------------------------------------------------------------------

insert into creditor (name, organisation_number, vat_registered, api_key_hash, allocation_order) values
    ('Fjordstrøm Energi AS', '315746205', true, '0f8a559bae5da14bb79fc901a473790975cbe23d1b7c8e20a290f966735c0b88', null),
    ('NordTele AS', '316902588', true, '99c8a828092c8af6b6902eb36f73191af8187d4e8e16b9bb75e17774ae6b68d3', 'INTEREST_COSTS_PRINCIPAL'),
    ('Vikashop AS', '314821378', false, 'fd7e0bf35ad512a5e40ff78df5ff9ce79b9491176db283aaa9a9164252a3716e', null)
on conflict do nothing;

-- Debtors: nine consumers (one with a D-number) and one business --------------------------------------------------

insert into debtor (kind, national_id, organisation_number, name, street, postal_code, city, email, phone, language,
                    notify_by_email, notify_by_sms) values
    ('CONSUMER', '14038723112', null, 'Ingrid Haugen', 'Thorvald Meyers gate 58', '0552', 'Oslo', 'ingrid.haugen@example.no', '+4791836254', 'nb', true, true),
    ('CONSUMER', '02117541277', null, 'Ole Martin Berg', 'Kongens gate 22', '7011', 'Trondheim', 'olemartin.berg@example.no', '+4792475108', 'nb', true, false),
    ('CONSUMER', '27069410893', null, 'Sofie Johansen', 'Strandgaten 45', '5013', 'Bergen', 'sofie.johansen@example.no', '+4747261938', 'nb', true, true),
    ('CONSUMER', '09016935600', null, 'Lars Eriksen', 'Markens gate 10', '4611', 'Kristiansand', 'lars.eriksen@example.no', '+4790517342', 'nb', true, false),
    ('CONSUMER', '21089026870', null, 'Marte Solberg', 'Pedersgata 31', '4013', 'Stavanger', 'marte.solberg@example.no', '+4741398627', 'nb', true, false),
    ('CONSUMER', '30058214953', null, 'Anders Bakken', 'Storgata 80', '9008', 'Tromsø', 'anders.bakken@example.no', '+4795642071', 'nb', true, true),
    ('CONSUMER', '11129848377', null, 'Nora Lie', 'Torggata 3', '2317', 'Hamar', 'nora.lie@example.no', '+4748920356', 'nb', true, false),
    ('CONSUMER', '05049131730', null, 'Emily Carter', 'Thereses gate 12', '0452', 'Oslo', 'emily.carter@example.no', '+4746713589', 'en', true, true),
    ('CONSUMER', '57098522419', null, 'Piotr Nowak', 'Nedre Storgate 8', '3015', 'Drammen', 'piotr.nowak@example.no', '+4793287416', 'en', true, false),
    ('BUSINESS', null, '312774194', 'Fjellheim Snekkerverksted AS', 'Industriveien 7', '2020', 'Skedsmokorset', 'post.fjellheim@example.no', '+4763874120', 'nb', true, false)
on conflict do nothing;

-- Cases ----------------------------------------------------------------------------------------------------------

insert into collection_case (case_number, creditor_id, debtor_id, creditor_reference, kid, stage,
                             collection_notice_sent_on, collection_notice_deadline, payment_demand_sent_on,
                             payment_demand_deadline, legal_step_on, closed_on, pin_hash) values
    -- COLLECTION_NOTICE: Ingrid Haugen / Fjordstrøm Energi AS
    ('90000019', (select id from creditor where organisation_number = '315746205'), (select id from debtor where national_id = '14038723112'),
     'FS-7731042', '900000191', 'COLLECTION_NOTICE', current_date - 5, current_date + 9, null, null, null, null,
     '$2a$10$WT371Px16YcNt45Q3HAHIui1gfjEuRPgIFTu.IAJMxMuEqkA2qhS2'),
    -- PAYMENT_DEMAND: Ingrid Haugen / NordTele AS
    ('90000027', (select id from creditor where organisation_number = '316902588'), (select id from debtor where national_id = '14038723112'),
     'NT-55102981', '900000274', 'PAYMENT_DEMAND', current_date - 20, current_date - 6, current_date - 5, current_date + 9, null, null,
     '$2a$10$2Tpv/U3sh3S/HGL4D0WulefwDbq2nCxht.ePxrXqAHL7XxgBgVigm'),
    -- PAID: Ingrid Haugen / Vikashop AS
    ('90000035', (select id from creditor where organisation_number = '314821378'), (select id from debtor where national_id = '14038723112'),
     'VS-100234', '900000357', 'PAID', current_date - 60, current_date - 46, null, null, null, current_date - 52,
     '$2a$10$9exm9NP0ktImTAH2DFEP4.XAINtpxrvDGiOer2qiEcKaAoAKF.kUa'),
    -- COLLECTION_NOTICE: Ole Martin Berg / Fjordstrøm Energi AS
    ('90000043', (select id from creditor where organisation_number = '315746205'), (select id from debtor where national_id = '02117541277'),
     'FS-7731190', '900000431', 'COLLECTION_NOTICE', current_date - 2, current_date + 12, null, null, null, null,
     '$2a$10$x.oGP67g7aeQdWZJhQW.je3/VEyEPQUiO747pcCHMY9Q6vxamOcjy'),
    -- LEGAL: Ole Martin Berg / NordTele AS
    ('90000050', (select id from creditor where organisation_number = '316902588'), (select id from debtor where national_id = '02117541277'),
     'NT-55098417', '900000506', 'LEGAL', current_date - 120, current_date - 106, current_date - 105, current_date - 91, current_date - 45, null,
     '$2a$10$DTDdU5IOEEB/bNu55m0tQuRb/0pZ4pizYCLiFgkOYSuH0n7BhGAOy'),
    -- PAYMENT_DEMAND: Sofie Johansen / Vikashop AS
    ('90000068', (select id from creditor where organisation_number = '314821378'), (select id from debtor where national_id = '27069410893'),
     'VS-100871', '900000688', 'PAYMENT_DEMAND', current_date - 40, current_date - 26, current_date - 25, current_date - 11, null, null,
     '$2a$10$JvMqj/F2HRK7Gqb97Xq6ZOOI6E6f2.gm9kYCJj4/1R4JDIJypP15q'),
    -- PAID: Sofie Johansen / Fjordstrøm Energi AS
    ('90000076', (select id from creditor where organisation_number = '315746205'), (select id from debtor where national_id = '27069410893'),
     'FS-7729915', '900000761', 'PAID', current_date - 70, current_date - 56, current_date - 55, current_date - 41, null, current_date - 48,
     '$2a$10$gVvmi9DhAoY90PLqx6O.t.FR6c0GpXd/0HgSIxWlDtgxie67WAGKy'),
    -- PAYMENT_DEMAND: Lars Eriksen / Fjordstrøm Energi AS
    ('90000084', (select id from creditor where organisation_number = '315746205'), (select id from debtor where national_id = '09016935600'),
     'FS-7730254', '900000845', 'PAYMENT_DEMAND', current_date - 65, current_date - 51, current_date - 50, current_date - 36, null, null,
     '$2a$10$Ol5sKLF3UJfE0PW.ZBOYce6/QKd0yeJXuL/JFTQ7IkTBHxJK/72je'),
    -- CANCELLED: Lars Eriksen / NordTele AS
    ('90000092', (select id from creditor where organisation_number = '316902588'), (select id from debtor where national_id = '09016935600'),
     'NT-55100366', '900000928', 'CANCELLED', current_date - 45, current_date - 31, null, null, null, current_date - 33,
     '$2a$10$KLLNvGE0r8LCTJNYti.yiuaCzuOSVE8G34DQkpm5E1Ls0KB60qPuO'),
    -- COLLECTION_NOTICE: Marte Solberg / Vikashop AS
    ('90000100', (select id from creditor where organisation_number = '314821378'), (select id from debtor where national_id = '21089026870'),
     'VS-101455', '900001009', 'COLLECTION_NOTICE', current_date - 10, current_date + 4, null, null, null, null,
     '$2a$10$7531/Z5MbqIYpEfsIZjBA.9iNjB6XyP0e0luFpigTnuAMYddd.2P.'),
    -- PAYMENT_DEMAND: Marte Solberg / Fjordstrøm Energi AS
    ('90000118', (select id from creditor where organisation_number = '315746205'), (select id from debtor where national_id = '21089026870'),
     'FS-7730788', '900001181', 'PAYMENT_DEMAND', current_date - 35, current_date - 21, current_date - 20, current_date - 6, null, null,
     '$2a$10$T3TjQy69eZ7/LLgLyZDDEOXZxLcBnYAnpFT/eq18fv6QZFVb3ZD.W'),
    -- PAID: Anders Bakken / NordTele AS
    ('90000126', (select id from creditor where organisation_number = '316902588'), (select id from debtor where national_id = '30058214953'),
     'NT-55096650', '900001264', 'PAID', current_date - 100, current_date - 86, current_date - 85, current_date - 71, null, current_date - 66,
     '$2a$10$pKWplyScnQf4SEYY5rAxQO25sJvUVNBZ0F/a/s3UNR6ZigjxWpNYq'),
    -- LEGAL: Fjellheim Snekkerverksted AS / Fjordstrøm Energi AS
    ('90000134', (select id from creditor where organisation_number = '315746205'), (select id from debtor where organisation_number = '312774194'),
     'FS-7727301', '900001348', 'LEGAL', current_date - 150, current_date - 136, current_date - 135, current_date - 121, current_date - 75, null,
     '$2a$10$mhkJpCaBcpcd3YCBKDm8huFthf1QTDB0.YhiTx9AtLNZfHYheHub6'),
    -- PAYMENT_DEMAND: Nora Lie / Vikashop AS
    ('90000142', (select id from creditor where organisation_number = '314821378'), (select id from debtor where national_id = '11129848377'),
     'VS-102010', '900001421', 'PAYMENT_DEMAND', current_date - 25, current_date - 11, current_date - 10, current_date + 4, null, null,
     '$2a$10$KfbXFNga9HuZAzr5wuvKPOCHkxzQlgqvx4f3lmdHmEaZr4LaBLbrK'),
    -- COLLECTION_NOTICE: Nora Lie / NordTele AS
    ('90000159', (select id from creditor where organisation_number = '316902588'), (select id from debtor where national_id = '11129848377'),
     'NT-55104472', '900001595', 'COLLECTION_NOTICE', current_date - 1, current_date + 13, null, null, null, null,
     '$2a$10$qifJ9YbP4AWtfLWFahzLAucG9Mgvvp4gz.f3tFenf0xE9CY667DXG'),
    -- PAYMENT_DEMAND: Emily Carter / NordTele AS
    ('90000167', (select id from creditor where organisation_number = '316902588'), (select id from debtor where national_id = '05049131730'),
     'NT-55101209', '900001678', 'PAYMENT_DEMAND', current_date - 45, current_date - 31, current_date - 30, current_date - 16, null, null,
     '$2a$10$oASxvyoPgUVUMIDHBvliYe7bcGdJDpPqeO0vfNsDCxDSmwNea0VoS'),
    -- LEGAL: Piotr Nowak / Fjordstrøm Energi AS
    ('90000175', (select id from creditor where organisation_number = '315746205'), (select id from debtor where national_id = '57098522419'),
     'FS-6620487', '900001751', 'LEGAL', date '2024-04-08', date '2024-04-22', date '2024-04-23', date '2024-05-07', current_date - 40, null,
     '$2a$10$CXvI6MgZFQI6gntlqV9TzOJpR7FnJIjKTYD04kav2O4fbD/BUzhwu'),
    -- CANCELLED: Piotr Nowak / Vikashop AS
    ('90000183', (select id from creditor where organisation_number = '314821378'), (select id from debtor where national_id = '57098522419'),
     'VS-101877', '900001835', 'CANCELLED', current_date - 30, current_date - 16, null, null, null, current_date - 20,
     '$2a$10$O1Rml8kYrsug2gojd.mRaOW9ROMjSwvYfGtLz5BfftD0NGGifF6ZW'),
    -- COLLECTION_NOTICE: Fjellheim Snekkerverksted AS / NordTele AS
    ('90000191', (select id from creditor where organisation_number = '316902588'), (select id from debtor where organisation_number = '312774194'),
     'NT-55103815', '900001918', 'COLLECTION_NOTICE', current_date - 7, current_date + 7, null, null, null, null,
     '$2a$10$ZN/x2nqrn2zZfjMVcLi3M.SHmCA25/9qOGFNInF8aV0uwY42G1vYe'),
    -- PAID: Emily Carter / Vikashop AS
    ('90000209', (select id from creditor where organisation_number = '314821378'), (select id from debtor where national_id = '05049131730'),
     'VS-102266', '900002098', 'PAID', current_date - 20, current_date - 6, null, null, null, current_date - 15,
     '$2a$10$Fh9wU0JxKBzkn3LdcYIjoO25VRPmcRk9M5oC/Op3hy467v0gNhvk.')
on conflict do nothing;

-- Claims ---------------------------------------------------------------------------------------------------------

insert into claim (case_id, invoice_number, description, principal, due_date, reminder_fee, cancelled_on) values
    ((select id from collection_case where case_number = '90000019'), '4010377', 'Strøm og nettleie, 1 måned', 1240.00, current_date - 29, 35.00, null),
    ((select id from collection_case where case_number = '90000027'), '8820114', 'Mobilabonnement Fri 20 GB, 1 måned', 549.00, current_date - 48, 0.00, null),
    ((select id from collection_case where case_number = '90000027'), '8821307', 'Mobilabonnement Fri 20 GB, 1 måned', 549.00, current_date - 34, 35.00, null),
    ((select id from collection_case where case_number = '90000035'), '100234', 'Ordre 100234: løpesko', 899.00, current_date - 81, 35.00, null),
    ((select id from collection_case where case_number = '90000043'), '4010512', 'Strøm og nettleie, 1 måned', 1480.00, current_date - 57, 0.00, null),
    ((select id from collection_case where case_number = '90000043'), '4011698', 'Strøm og nettleie, 1 måned', 1120.00, current_date - 26, 0.00, null),
    ((select id from collection_case where case_number = '90000050'), '8809932', 'Mobilabonnement og avbetaling mobiltelefon', 2190.00, current_date - 145, 0.00, null),
    ((select id from collection_case where case_number = '90000068'), '100871', 'Ordre 100871: kaffemaskin', 1650.00, current_date - 64, 35.00, null),
    ((select id from collection_case where case_number = '90000076'), '4008840', 'Strøm og nettleie, 1 måned', 2340.00, current_date - 95, 35.00, null),
    ((select id from collection_case where case_number = '90000084'), '4009127', 'Strøm og nettleie, sluttoppgjør etter flytting', 8000.00, current_date - 92, 0.00, null),
    ((select id from collection_case where case_number = '90000092'), '8815520', 'Mobilabonnement etter oppsigelse', 799.00, current_date - 70, 0.00, current_date - 33),
    ((select id from collection_case where case_number = '90000100'), '101455', 'Ordre 101455: mobildeksel og lader', 349.00, current_date - 31, 35.00, null),
    ((select id from collection_case where case_number = '90000118'), '4009903', 'Strøm og nettleie, 1 måned', 2480.00, current_date - 90, 0.00, null),
    ((select id from collection_case where case_number = '90000118'), '4010046', 'Strøm og nettleie, 1 måned', 610.00, current_date - 60, 0.00, null),
    ((select id from collection_case where case_number = '90000126'), '8801178', 'Mobilabonnement Familie, 1 måned', 1450.00, current_date - 125, 0.00, null),
    ((select id from collection_case where case_number = '90000134'), '4006215', 'Strøm og nettleie, verkstedlokaler, 3 måneder', 60000.00, current_date - 178, 0.00, null),
    ((select id from collection_case where case_number = '90000142'), '102010', 'Ordre 102010: trådløse hodetelefoner', 1199.00, current_date - 46, 0.00, null),
    ((select id from collection_case where case_number = '90000159'), '8825901', 'Mobilabonnement Ung, 1 måned', 345.00, current_date - 52, 0.00, null),
    ((select id from collection_case where case_number = '90000159'), '8826688', 'Mobilabonnement Ung, 1 måned', 345.00, current_date - 22, 0.00, null),
    ((select id from collection_case where case_number = '90000167'), '8817736', 'Bredbånd 500/500, 2 måneder', 2290.00, current_date - 66, 0.00, null),
    ((select id from collection_case where case_number = '90000175'), '3988104', 'Strøm og nettleie, vinterkvartal (overført sak)', 3870.00, date '2024-03-15', 35.00, null),
    ((select id from collection_case where case_number = '90000183'), '101877', 'Ordre 101877: vinterjakke', 459.00, current_date - 52, 0.00, current_date - 20),
    ((select id from collection_case where case_number = '90000191'), '8823340', 'Bedriftsabonnement, 8 mobillinjer og utstyr', 14500.00, current_date - 30, 0.00, null),
    ((select id from collection_case where case_number = '90000209'), '102266', 'Ordre 102266: kjøkkenvekt og bakeformer', 1099.00, current_date - 35, 0.00, null)
on conflict do nothing;

-- Payments (the KID is the case's) ---------------------------------------------------------------------------------

insert into payment (case_id, external_id, amount, paid_on, kid) values
    ((select id from collection_case where case_number = '90000035'), 'NETS-26-4417781', 990.00, current_date - 52, '900000357'),
    ((select id from collection_case where case_number = '90000050'), 'NETS-26-3920544', 500.00, current_date - 80, '900000506'),
    ((select id from collection_case where case_number = '90000068'), 'NETS-26-5108263', 400.00, current_date - 8, '900000688'),
    ((select id from collection_case where case_number = '90000076'), 'NETS-26-4650019', 2460.00, current_date - 48, '900000761'),
    ((select id from collection_case where case_number = '90000084'), 'NETS-26-4983320', 1500.00, current_date - 30, '900000845'),
    ((select id from collection_case where case_number = '90000126'), 'NETS-26-3311907', 500.00, current_date - 80, '900001264'),
    ((select id from collection_case where case_number = '90000126'), 'NETS-26-3587412', 1320.00, current_date - 66, '900001264'),
    ((select id from collection_case where case_number = '90000175'), 'NETS-26-3004518', 1000.00, current_date - 60, '900001751'),
    ((select id from collection_case where case_number = '90000209'), 'NETS-26-5230097', 1150.00, current_date - 15, '900002098')
on conflict do nothing;

-- Timeline -------------------------------------------------------------------------------------------------------

insert into case_event (case_id, type, occurred_on, amount, detail)
select c.id, v.type, v.occurred_on, v.amount::numeric(14,2), v.detail
from (values
    ('90000019', 'CASE_OPENED', current_date - 5, 1240.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000019', 'COLLECTION_NOTICE_SENT', current_date - 5, null, 'Inkassovarsel sendt'),
    ('90000027', 'CASE_OPENED', current_date - 20, 1098.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000027', 'COLLECTION_NOTICE_SENT', current_date - 20, null, 'Inkassovarsel sendt'),
    ('90000027', 'PAYMENT_DEMAND_SENT', current_date - 5, null, 'Betalingsoppfordring sendt'),
    ('90000035', 'CASE_OPENED', current_date - 60, 899.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000035', 'COLLECTION_NOTICE_SENT', current_date - 60, null, 'Inkassovarsel sendt'),
    ('90000035', 'PAYMENT_RECEIVED', current_date - 52, 990.00, 'Innbetaling NETS-26-4417781'),
    ('90000035', 'PAID', current_date - 52, 990.00, 'Saken er betalt'),
    ('90000043', 'CASE_OPENED', current_date - 2, 2600.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000043', 'COLLECTION_NOTICE_SENT', current_date - 2, null, 'Inkassovarsel sendt'),
    ('90000050', 'CASE_OPENED', current_date - 120, 2190.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000050', 'COLLECTION_NOTICE_SENT', current_date - 120, null, 'Inkassovarsel sendt'),
    ('90000050', 'PAYMENT_DEMAND_SENT', current_date - 105, null, 'Betalingsoppfordring sendt'),
    ('90000050', 'PAYMENT_RECEIVED', current_date - 80, 500.00, 'Innbetaling NETS-26-3920544'),
    ('90000050', 'LEGAL_STEP', current_date - 45, null, 'Varsel etter tvangsfullbyrdelsesloven § 4-18 sendt'),
    ('90000068', 'CASE_OPENED', current_date - 40, 1650.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000068', 'COLLECTION_NOTICE_SENT', current_date - 40, null, 'Inkassovarsel sendt'),
    ('90000068', 'PAYMENT_DEMAND_SENT', current_date - 25, null, 'Betalingsoppfordring sendt'),
    ('90000068', 'PAYMENT_RECEIVED', current_date - 8, 400.00, 'Innbetaling NETS-26-5108263'),
    ('90000076', 'CASE_OPENED', current_date - 70, 2340.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000076', 'COLLECTION_NOTICE_SENT', current_date - 70, null, 'Inkassovarsel sendt'),
    ('90000076', 'PAYMENT_DEMAND_SENT', current_date - 55, null, 'Betalingsoppfordring sendt'),
    ('90000076', 'PAYMENT_RECEIVED', current_date - 48, 2460.00, 'Innbetaling NETS-26-4650019'),
    ('90000076', 'PAID', current_date - 48, 2460.00, 'Saken er betalt'),
    ('90000084', 'CASE_OPENED', current_date - 65, 8000.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000084', 'COLLECTION_NOTICE_SENT', current_date - 65, null, 'Inkassovarsel sendt'),
    ('90000084', 'PAYMENT_DEMAND_SENT', current_date - 50, null, 'Betalingsoppfordring sendt'),
    ('90000084', 'PAYMENT_RECEIVED', current_date - 30, 1500.00, 'Innbetaling NETS-26-4983320'),
    ('90000092', 'CASE_OPENED', current_date - 45, 799.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000092', 'COLLECTION_NOTICE_SENT', current_date - 45, null, 'Inkassovarsel sendt'),
    ('90000092', 'OBJECTION_OPENED', current_date - 40, null, 'Innsigelse: abonnementet var sagt opp'),
    ('90000092', 'OBJECTION_DECIDED', current_date - 33, null, 'Innsigelsen er tatt til følge: kravet er frafalt'),
    ('90000092', 'CANCELLED', current_date - 33, 799.00, 'Saken er avsluttet: kravet er frafalt'),
    ('90000100', 'CASE_OPENED', current_date - 10, 349.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000100', 'COLLECTION_NOTICE_SENT', current_date - 10, null, 'Inkassovarsel sendt'),
    ('90000118', 'CASE_OPENED', current_date - 35, 3090.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000118', 'COLLECTION_NOTICE_SENT', current_date - 35, null, 'Inkassovarsel sendt'),
    ('90000118', 'PAYMENT_DEMAND_SENT', current_date - 20, null, 'Betalingsoppfordring sendt'),
    ('90000126', 'CASE_OPENED', current_date - 100, 1450.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000126', 'COLLECTION_NOTICE_SENT', current_date - 100, null, 'Inkassovarsel sendt'),
    ('90000126', 'PAYMENT_DEMAND_SENT', current_date - 85, null, 'Betalingsoppfordring sendt'),
    ('90000126', 'PAYMENT_RECEIVED', current_date - 80, 500.00, 'Innbetaling NETS-26-3311907'),
    ('90000126', 'PAYMENT_RECEIVED', current_date - 66, 1320.00, 'Innbetaling NETS-26-3587412'),
    ('90000126', 'PAID', current_date - 66, 1820.00, 'Saken er betalt'),
    ('90000134', 'CASE_OPENED', current_date - 150, 60000.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000134', 'COLLECTION_NOTICE_SENT', current_date - 150, null, 'Inkassovarsel sendt'),
    ('90000134', 'PAYMENT_DEMAND_SENT', current_date - 135, null, 'Betalingsoppfordring sendt'),
    ('90000134', 'LEGAL_STEP', current_date - 75, null, 'Varsel etter tvangsfullbyrdelsesloven § 4-18 sendt'),
    ('90000142', 'CASE_OPENED', current_date - 25, 1199.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000142', 'COLLECTION_NOTICE_SENT', current_date - 25, null, 'Inkassovarsel sendt'),
    ('90000142', 'PAYMENT_DEMAND_SENT', current_date - 10, null, 'Betalingsoppfordring sendt'),
    ('90000159', 'CASE_OPENED', current_date - 1, 690.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000159', 'COLLECTION_NOTICE_SENT', current_date - 1, null, 'Inkassovarsel sendt'),
    ('90000167', 'CASE_OPENED', current_date - 45, 2290.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000167', 'COLLECTION_NOTICE_SENT', current_date - 45, null, 'Inkassovarsel sendt'),
    ('90000167', 'PAYMENT_DEMAND_SENT', current_date - 30, null, 'Betalingsoppfordring sendt'),
    ('90000175', 'COLLECTION_NOTICE_SENT', date '2024-04-08', null, 'Inkassovarsel sendt av tidligere inkassosystem'),
    ('90000175', 'PAYMENT_DEMAND_SENT', date '2024-04-23', null, 'Betalingsoppfordring sendt av tidligere inkassosystem'),
    ('90000175', 'CASE_OPENED', current_date - 90, 3870.00, 'Sak overført fra tidligere inkassosystem'),
    ('90000175', 'PAYMENT_RECEIVED', current_date - 60, 1000.00, 'Innbetaling NETS-26-3004518'),
    ('90000175', 'LEGAL_STEP', current_date - 40, null, 'Varsel etter tvangsfullbyrdelsesloven § 4-18 sendt'),
    ('90000183', 'CASE_OPENED', current_date - 30, 459.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000183', 'COLLECTION_NOTICE_SENT', current_date - 30, null, 'Inkassovarsel sendt'),
    ('90000183', 'OBJECTION_OPENED', current_date - 24, null, 'Innsigelse: varen er returnert'),
    ('90000183', 'OBJECTION_DECIDED', current_date - 20, null, 'Innsigelsen er tatt til følge: retur bekreftet av oppdragsgiver'),
    ('90000183', 'CANCELLED', current_date - 20, 459.00, 'Saken er avsluttet: kravet er frafalt'),
    ('90000191', 'CASE_OPENED', current_date - 7, 14500.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000191', 'COLLECTION_NOTICE_SENT', current_date - 7, null, 'Inkassovarsel sendt'),
    ('90000209', 'CASE_OPENED', current_date - 20, 1099.00, 'Sak mottatt fra oppdragsgiver'),
    ('90000209', 'COLLECTION_NOTICE_SENT', current_date - 20, null, 'Inkassovarsel sendt'),
    ('90000209', 'PAYMENT_RECEIVED', current_date - 15, 1150.00, 'Innbetaling NETS-26-5230097'),
    ('90000209', 'PAID', current_date - 15, 1150.00, 'Saken er betalt')
) as v (case_number, type, occurred_on, amount, detail)
join collection_case c on c.case_number = v.case_number
where not exists (select 1 from case_event e
                  where e.case_id = c.id and e.type = v.type and e.detail is not distinct from v.detail);
