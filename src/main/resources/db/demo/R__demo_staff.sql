-- Demo staff accounts for dev mode only (listed in the README). Password for all: demo-staff-2026 (bcrypt, cost 10).
insert into staff_account (username, display_name, password_hash, role) values
    ('kari.support', 'Kari Kundeservice', '$2a$10$GenDpG3hwGPFqoQZcsTOXuZDIYkU4gYFFLMfARvOsrtTsq265RLve', 'support'),
    ('ola.officer',  'Ola Saksbehandler', '$2a$10$GenDpG3hwGPFqoQZcsTOXuZDIYkU4gYFFLMfARvOsrtTsq265RLve', 'officer'),
    ('admin',        'Anne Administrator', '$2a$10$GenDpG3hwGPFqoQZcsTOXuZDIYkU4gYFFLMfARvOsrtTsq265RLve', 'admin')
on conflict (username) do nothing;
