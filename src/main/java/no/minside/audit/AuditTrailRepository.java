package no.minside.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit viewer's read model: one page of entries in one statement, with who acted (staff, creditor and API
 * client names) and the case a target names joined in, never a query per row.
 */
@ApplicationScoped
public class AuditTrailRepository {

    /** Which way from the cursor: older pages read newest first, newer pages oldest first (then turned). */
    enum Direction { OLDER, NEWER }

    private final EntityManager em;

    AuditTrailRepository(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} entries matching {@code filter} beyond {@code cursor} (none: from the newest). */
    List<AuditRow> page(AuditFilter filter, AuditCursor cursor, Direction direction, int limit) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.actor() != null) {
            where.append(" and a.actor_type = :actor");
            params.put("actor", filter.actor().name());
        }
        if (filter.staff() != null) {
            where.append(" and a.actor_type = 'STAFF'"
                    + " and a.actor_id = (select s.id from staff_account s where s.username = :staff)");
            params.put("staff", filter.staff());
        }
        if (!filter.actions().isEmpty()) {
            where.append(" and a.action in (:actions)");
            params.put("actions", filter.actions());
        }
        if (filter.caseNumber() != null) {
            // The case itself (and the logins to it), a debtor's change addressed by the case's id, its objections.
            where.append(" and a.target in (select cast(:caseTarget as varchar)"
                    + " union all select 'case-id:' || c.id from collection_case c where c.case_number = :caseNumber"
                    + " union all select 'objection:' || o.reference from objection o"
                    + " join collection_case c on c.id = o.case_id where c.case_number = :caseNumber)");
            params.put("caseTarget", "case:" + filter.caseNumber());
            params.put("caseNumber", filter.caseNumber());
        }
        if (filter.from() != null) {
            where.append(" and a.at >= :from");
            params.put("from", timestamp(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and a.at < :to");
            params.put("to", timestamp(filter.to()));
        }
        String order = direction == Direction.OLDER ? "desc" : "asc";
        if (cursor != null) {
            where.append(direction == Direction.OLDER ? " and (a.at, a.id) < (:cursorAt, :cursorId)"
                    : " and (a.at, a.id) > (:cursorAt, :cursorId)");
            params.put("cursorAt", timestamp(cursor.at()));
            params.put("cursorId", cursor.id());
        }
        String sql = "with page as (select a.id, a.at, a.actor_type, a.actor_id, a.action, a.target, a.detail"
                + " from audit_log a where " + where
                + " order by a.at " + order + ", a.id " + order + " limit :limit)"
                + " select p.id, p.at, p.actor_type, p.actor_id, p.action, p.target, p.detail,"
                + " coalesce(s.display_name, cr.name, ac.name), s.username,"
                + " coalesce(case when p.target ~ '^case:[0-9]{8,12}$' then substring(p.target from 6) end,"
                + " oc.case_number, ic.case_number), o.reference"
                + " from page p"
                + " left join staff_account s on p.actor_type = 'STAFF' and s.id = p.actor_id"
                + " left join creditor cr on p.actor_type = 'CREDITOR' and cr.id = p.actor_id"
                + " left join api_client ac on p.actor_type = 'CLIENT' and ac.id = p.actor_id"
                + " left join objection o on p.target like 'objection:%' and o.reference = substring(p.target from 11)"
                + " left join collection_case oc on oc.id = o.case_id"
                + " left join collection_case ic on ic.id = case when p.target ~ '^case-id:[0-9]{1,18}$'"
                + " then cast(substring(p.target from 9) as bigint) end"
                + " order by p.at " + order + ", p.id " + order;
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        List<AuditRow> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(new AuditRow(((Number) r[0]).longValue(), instant(r[1]), AuditLog.Actor.valueOf((String) r[2]),
                    r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[7], (String) r[8], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[9], (String) r[10]));
        }
        return rows;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
