-- The audit chain checked in SQL alone, for a database without the app (a restored backup, an auditor's copy):
--   psql "$DB_URL" -f docker/audit-verify.sql
-- One row: OK with the last seq and the rows checked, or BROKEN with the first row that breaks the chain (its seq and
-- id) and why: MISSING (numbers before it are gone), RELINKED (it was not sealed after the row before it: that row
-- was replaced, moved or removed) or CHANGED (its content is not what its hash was sealed over). The app's own
-- verifier (AuditChainService, the admin page /staff/admin/audit) recomputes the same hashes in Java and also names
-- inserted and moved rows and compares with its earlier checks. Rows not sealed yet (seconds old) are left out.
with chain as (
    select a.seq, a.id, a.prev_hash, a.hash,
           audit_hash(a.prev_hash, a.seq, a.id, a.at, a.actor_type, a.actor_id, a.action, a.target, a.detail)
               as recomputed,
           lag(a.seq) over (order by a.seq) as seq_before,
           lag(a.hash) over (order by a.seq) as hash_before
    from audit_log a
    where a.seq is not null
), first_break as (
    select seq, id,
           case when seq <> coalesce(seq_before, 0) + 1 then 'MISSING'
                when prev_hash <> coalesce(hash_before, repeat('0', 64)) then 'RELINKED'
                else 'CHANGED' end as reason
    from chain
    where seq <> coalesce(seq_before, 0) + 1 or prev_hash <> coalesce(hash_before, repeat('0', 64))
       or hash <> recomputed
    order by seq
    limit 1
)
select 'BROKEN' as status, seq, id as rows_or_id, reason from first_break
union all
select 'OK', coalesce(max(seq), 0), count(*), null from chain having not exists (select 1 from first_break);
