package no.minside.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.TimeSource;

import java.util.List;

/** Writes and reads the audit trail. Joins the caller's transaction, so an entry stands or falls with what it records. */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEntry> {

    /** Who acted. */
    public enum Actor { DEBTOR, STAFF, CREDITOR, CLIENT, SYSTEM, ANONYMOUS }

    private final TimeSource time;

    AuditLog(TimeSource time) {
        this.time = time;
    }

    @Transactional
    public void record(Actor actor, Long actorId, String action, String target, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = time.now();
        entry.actorType = actor.name();
        entry.actorId = actorId;
        entry.action = action;
        entry.target = target;
        // The column holds 500 characters; a longer detail (many changed fields) is cut, not refused.
        entry.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
        persist(entry);
    }

    public List<AuditEntry> findByTarget(String target) {
        return list("target = ?1 order by at, id", target);
    }
}
