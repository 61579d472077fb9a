-- The audit viewer (/staff/admin/audit) pages the trail newest first on (at, id): without an index every page would
-- read and sort the whole table, which grows with every login and every staff view. The two filters people use most
-- besides the case (audit_log_target_idx) get one each: what was done, and what one staff member did.
create index audit_log_at_idx on audit_log (at, id);
create index audit_log_action_at_idx on audit_log (action, at, id);
create index audit_log_staff_at_idx on audit_log (actor_id, at, id) where actor_type = 'STAFF';
