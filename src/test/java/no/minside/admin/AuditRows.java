package no.minside.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Writes audit entries at chosen instants, as the services would have written them then: the viewer's test data. */
@ApplicationScoped
public class AuditRows {

    /** An entry to write. */
    public record Row(Instant at, String actorType, Long actorId, String action, String target, String detail) {
    }

    private final EntityManager em;

    AuditRows(EntityManager em) {
        this.em = em;
    }

    /** Writes the entries in order and returns their ids. */
    @Transactional
    public List<Long> insert(List<Row> rows) {
        List<Long> ids = new ArrayList<>();
        for (Row r : rows) {
            ids.add(((Number) em.createNativeQuery("insert into audit_log (at, actor_type, actor_id, action, target, "
                            + "detail) values (?1, ?2, cast(?3 as bigint), ?4, cast(?5 as varchar), "
                            + "cast(?6 as varchar)) returning id")
                    .setParameter(1, r.at().atOffset(ZoneOffset.UTC)).setParameter(2, r.actorType())
                    .setParameter(3, r.actorId()).setParameter(4, r.action()).setParameter(5, r.target())
                    .setParameter(6, r.detail()).getSingleResult()).longValue());
        }
        return ids;
    }

    public long insert(Row row) {
        return insert(List.of(row)).get(0);
    }
}
