-- Demo API clients for dev mode only (listed in the README). Keys are stored as lowercase hex SHA-256:
--   Nordlys trykk (the print service)   demo-key-print
insert into api_client (name, kind, key_hash)
select 'Nordlys trykk', 'PRINT', 'c833c9d5ea1c1262c4c67f8f6003ad5936f07a4df8e733cd30357e7cc4851061'
where not exists (select 1 from api_client where key_hash = 'c833c9d5ea1c1262c4c67f8f6003ad5936f07a4df8e733cd30357e7cc4851061');
