-- Demo staff accounts for dev mode only (listed in the README). Password for all: demo-staff-2026 (bcrypt, cost 10).
insert into staff_account (username, display_name, password_hash, role) values
    ('kari.support', 'Kari Kundeservice', '$2a$10$GenDpG3hwGPFqoQZcsTOXuZDIYkU4gYFFLMfARvOsrtTsq265RLve', 'support'),
    ('ola.officer',  'Ola Saksbehandler', '$2a$10$GenDpG3hwGPFqoQZcsTOXuZDIYkU4gYFFLMfARvOsrtTsq265RLve', 'officer'),
    ('admin',        'Anne Administrator', '$2a$10$GenDpG3hwGPFqoQZcsTOXuZDIYkU4gYFFLMfARvOsrtTsq265RLve', 'admin')
on conflict (username) do nothing;

-- Their authenticators, with secrets everyone may know (README, "Demo data"): sealed with the dev-only STAFF_KEY of
-- application.properties (%dev.minside.staff.seal-key) for each username, as TwoFactorService seals them.
--   kari.support  DEMOKARISUPPORT2DEMOKARISUPPORT2
--   ola.officer   DEMOOLAOFFICER22DEMOOLAOFFICER22
--   admin         DEMOADMINANNE222DEMOADMINANNE222
-- DemoStaffSeedTest opens each seal with that key and checks it against the secret above.
insert into staff_second_factor (staff_id, secret_sealed, enrolled_at, last_step)
select a.id, s.sealed, now(), 0
from staff_account a
join (values
    ('kari.support', '+bYfh9xQlGPYwiBwhJ4AR4lmzjVxVZoA/b9+XNZzc00J2kzEgc3utEwKFvnLSuu3c6s7FfYbPx2S3+QG'),
    ('ola.officer',  'AcU0KX3KoYdChhTpwgzH57ouFBNeIcfIhI0VtGlgdcRN9SPrhR6H2wWqlpXSNtYjY8/RAoG484nf1uCW'),
    ('admin',        'v6wSmKBKQvGrMzASa5L8UgMUW397L5QF7wDY/7ORVRhjnA8HfVQTXMsnuvcaIW0IZt2M5XFgNko92BQZ')
) as s (username, sealed) on s.username = a.username
on conflict (staff_id) do nothing;

-- Three recovery codes each (karis-demo2..4, olaof-demo2..4, admin-demo2..4), as keyed hashes of username:code.
insert into staff_recovery_code (staff_id, code_hash)
select a.id, c.code_hash
from staff_account a
join (values
    ('kari.support', '312e0ed083eaac78c1fd74f0e32baebacb2446cc9ecc8f0c8946d147a3bacba0'),
    ('kari.support', 'd7e1fbad18190195e695bf88c237d2575af1ad4e2b6c9da3c52b6335b872e25a'),
    ('kari.support', 'd7f73426ccad1a802083aa1f8b483b02ec55d0a27ec246938e976664f5301a1b'),
    ('ola.officer',  '24b7039eca19ed3e5251a1073f85ebde3bbd45b31514897f3c8b07ee76c48756'),
    ('ola.officer',  '3933ce00c168eb59d107b335bb1fa1274c0a452eec921356b27928d5e3d2d7cb'),
    ('ola.officer',  '2fa17fbddae737cffd1ba02b26284d7db7a8b491bf85219b0526c055e1f97819'),
    ('admin',        '44c8a5044bb4c85137572d6be135fd7a3d42dcb1a58f044cad1caade0c773c44'),
    ('admin',        'c0ce36b4d24bbac657d717b09876ceb4a8d157fbcb4b0c3959b8c40cc02ee754'),
    ('admin',        '50c2e49b9fb8b516724bba7137b70b9d41e5927b9c44a03c35ab474f552a126b')
) as c (username, code_hash) on c.username = a.username
where not exists (select 1 from staff_recovery_code r where r.staff_id = a.id)
on conflict (staff_id, code_hash) do nothing;
