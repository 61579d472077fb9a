-- Failed logins are also counted per client (address), which the audit trail keeps in its detail column.
create index audit_log_failed_client_idx on audit_log (detail, at) where action = 'LOGIN_FAILED';
