-- Demo client of the plan-evaluation API for dev mode only (listed in the README), stored as lowercase hex SHA-256:
--   Telefonagentens verktøy (a channel)   demo-key-channel
insert into api_client (name, kind, key_hash)
select 'Telefonagentens verktøy', 'CHANNEL', '37f7fe382e98e97461b37180a9fdbb47296448ad321e14656cb75d09d3c96793'
where not exists (select 1 from api_client where key_hash = '37f7fe382e98e97461b37180a9fdbb47296448ad321e14656cb75d09d3c96793');
