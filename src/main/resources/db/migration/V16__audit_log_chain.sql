-- The audit trail becomes append-only and hash-chained.
--
-- Append-only: triggers refuse UPDATE, DELETE and TRUNCATE for every role, the owner included (tests and dev run as
-- one user that owns the tables, so privileges alone would not hold there). The one update allowed is the sealer's:
-- it fills seq, prev_hash and hash of a row that has none, leaving every other column as it was. In production the
-- app's role can additionally lose UPDATE, DELETE and TRUNCATE on audit_log altogether (README, "Audit log"):
-- audit_seal() is SECURITY DEFINER and seals as the owner.
--
-- The chain: seq numbers the sealed rows 1, 2, 3 … without a gap, and
--   hash = sha256(audit_canonical(prev_hash, seq, id, at, actor_type, actor_id, action, target, detail))
-- with prev_hash the hash of row seq - 1 (64 zeros for seq 1). Rows are written unsealed, as before, in the
-- caller's transaction; audit_seal() chains the committed ones in id order under one advisory lock (the app runs it
-- every few seconds, and the verifier before it verifies). So appends never wait for each other: a chain head
-- locked until each writer commits would put every login and staff view in one queue, and lock it in whatever
-- order each transaction took its other locks (deadlocks). AuditChainVerifier in Java recomputes the same encoding.

alter table audit_log add column seq bigint;
alter table audit_log add column prev_hash varchar(64);
alter table audit_log add column hash varchar(64);
alter table audit_log add constraint audit_log_chain_check check (
    (seq is null and prev_hash is null and hash is null)
    or (seq > 0 and prev_hash ~ '^[0-9a-f]{64}$' and hash ~ '^[0-9a-f]{64}$'));
create unique index audit_log_seq_idx on audit_log (seq);
-- What the sealer has left to do: stays small (seconds of appends).
create index audit_log_unsealed_idx on audit_log (id) where seq is null;

-- Each field as <length in UTF-8 bytes>:<value>, or '-' for null, after a version tag: no two different rows give
-- the same text, whatever their values contain. The instant in UTC to the microsecond (what timestamptz keeps).
create function audit_field(value text) returns text language sql immutable as $$
    select case when value is null then '-' else octet_length(value)::text || ':' || value end
$$;

create function audit_canonical(prev_hash varchar, seq bigint, id bigint, at timestamptz, actor_type varchar,
                                actor_id bigint, action varchar, target varchar, detail varchar)
    returns text language sql stable as $$
    select 'audit-v1'
        || audit_field(prev_hash) || audit_field(seq::text) || audit_field(id::text)
        || audit_field(to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || audit_field(actor_type) || audit_field(actor_id::text) || audit_field(action) || audit_field(target)
        || audit_field(detail)
$$;

create function audit_hash(prev_hash varchar, seq bigint, id bigint, at timestamptz, actor_type varchar,
                           actor_id bigint, action varchar, target varchar, detail varchar)
    returns varchar language sql stable as $$
    select encode(sha256(convert_to(audit_canonical(prev_hash, seq, id, at, actor_type, actor_id, action, target,
                                                    detail), 'UTF8')), 'hex')
$$;

-- Chains up to max_rows committed unsealed rows, oldest id first, after the current head; returns how many. With
-- wait = false it returns 0 at once when another session (another instance) is sealing. The hashes are computed
-- one after the other (each needs the one before) and written in one update.
create function audit_seal(max_rows integer, wait boolean) returns integer
    language plpgsql security definer set search_path from current as $$
declare
    head_seq  bigint;
    head_hash varchar(64);
    r         record;
    ids       bigint[] := '{}';
    seqs      bigint[] := '{}';
    prevs     varchar[] := '{}';
    hashes    varchar[] := '{}';
begin
    if wait then
        perform pg_advisory_xact_lock(hashtext('audit_log_chain'));
    elsif not pg_try_advisory_xact_lock(hashtext('audit_log_chain')) then
        return 0;
    end if;
    select a.seq, a.hash into head_seq, head_hash from audit_log a where a.seq is not null order by a.seq desc limit 1;
    if head_seq is null then
        head_seq := 0;
        head_hash := repeat('0', 64);
    end if;
    for r in select a.id, a.at, a.actor_type, a.actor_id, a.action, a.target, a.detail from audit_log a
             where a.seq is null order by a.id limit max_rows loop
        head_seq := head_seq + 1;
        ids := ids || r.id;
        seqs := seqs || head_seq;
        prevs := prevs || head_hash;
        head_hash := audit_hash(head_hash, head_seq, r.id, r.at, r.actor_type, r.actor_id, r.action, r.target,
                                r.detail);
        hashes := hashes || head_hash;
    end loop;
    update audit_log a set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
        from unnest(ids, seqs, prevs, hashes) v(id, seq, prev_hash, hash) where a.id = v.id;
    return coalesce(array_length(ids, 1), 0);
end
$$;

create function audit_log_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        -- Only the sealer chains: a row cannot arrive claiming a place in the chain.
        new.seq := null;
        new.prev_hash := null;
        new.hash := null;
        return new;
    end if;
    if tg_op = 'UPDATE' and old.seq is null and new.seq is not null
            and (new.id, new.at, new.actor_type, new.actor_id, new.action, new.target, new.detail)
                is not distinct from (old.id, old.at, old.actor_type, old.actor_id, old.action, old.target, old.detail)
    then
        return new;
    end if;
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_append_only before insert or update or delete on audit_log
    for each row execute function audit_log_guard();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_guard();

-- The verifier's results: the admin page shows the latest, and a check goes on from the last good one (its head
-- seq and hash) instead of walking the whole log again. Append-only as the log itself.
create table audit_check (
    id            bigint generated always as identity primary key,
    checked_at    timestamptz  not null,
    kind          varchar(12)  not null check (kind in ('FULL', 'INCREMENTAL')),
    ok            boolean      not null,
    from_seq      bigint       not null,
    head_seq      bigint       not null,
    head_hash     varchar(64),
    rows_checked  bigint       not null,
    break_seq     bigint,
    break_id      bigint,
    break_reason  varchar(20),
    break_other   bigint,
    millis        bigint       not null
);
create index audit_check_ok_idx on audit_check (id) where ok;

create function audit_check_guard() returns trigger language plpgsql as $$
begin
    raise exception 'audit_check is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_check_append_only before update or delete on audit_check
    for each row execute function audit_check_guard();
create trigger audit_check_no_truncate before truncate on audit_check
    for each statement execute function audit_check_guard();

-- The rows written before this migration join the chain now, in id order.
do $$
begin
    while audit_seal(10000, true) > 0 loop
    end loop;
end
$$;
