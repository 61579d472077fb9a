package no.minside.objections;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The objections' queries: per case, the queue, the pauses, and the claims and files of one objection. */
@ApplicationScoped
public class ObjectionRepository implements PanacheRepository<Objection> {

    /** A file as lists show it, without its content. */
    public record FileInfo(long id, UUID publicId, Long messageId, String fileName, String contentType, int sizeBytes) {
    }

    public Optional<Objection> findOpen(long caseId) {
        return find("caseId = ?1 and status in ?2 order by id desc", caseId,
                List.of(ObjectionStatus.OPEN, ObjectionStatus.INFO_REQUESTED)).firstResultOptional();
    }

    public Optional<Objection> findLatest(long caseId) {
        return find("caseId = ?1 order by id desc", caseId).firstResultOptional();
    }

    /** The latest objection of each of these cases: one query. */
    public List<Objection> findLatest(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return list("id in (select max(o.id) from Objection o where o.caseId in ?1 group by o.caseId)", caseIds);
    }

    public List<Objection> findByCase(long caseId) {
        return list("caseId = ?1 order by id desc", caseId);
    }


    /** The queue: open objections, the answer due soonest (the oldest) first. */
    public List<Objection> findQueue(int limit) {
        return find("status = ?1 order by answerDueOn, id", ObjectionStatus.OPEN).page(0, limit).list();
    }

    public long countOpen() {
        return count("status", ObjectionStatus.OPEN);
    }

    public long countOverdue(LocalDate today) {
        return count("status = ?1 and answerDueOn < ?2", ObjectionStatus.OPEN, today);
    }

    /** For each of these cases with an open objection, the day it paused the case. */
    public Map<Long, LocalDate> pausedSince(Collection<Long> caseIds) {
        Map<Long, LocalDate> paused = new HashMap<>();
        if (caseIds.isEmpty()) {
            return paused;
        }
        getEntityManager().createQuery("select o.caseId, o.pausedOn from Objection o where o.caseId in ?1 "
                        + "and o.status in ?2", Object[].class)
                .setParameter(1, caseIds)
                .setParameter(2, List.of(ObjectionStatus.OPEN, ObjectionStatus.INFO_REQUESTED))
                .getResultList().forEach(row -> paused.put((Long) row[0], (LocalDate) row[1]));
        return paused;
    }

    /** The objections now open, by how many days they have waited: for the gauge operations watch. */
    /**
     * Objections waiting for support, counted by the days they have waited since support's week began (the day
     * sent, or the debtor's reply): 0–2, 3–5, 6–7 and more than 7. One query.
     */
    public long[] openByDaysWaited(LocalDate today) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(*) filter (where waited <= 2), count(*) filter (where waited between 3 and 5),
                       count(*) filter (where waited between 6 and 7), count(*) filter (where waited > 7)
                from (select cast(?1 as date) - answer_due_on + ?2 as waited from objection where status = 'OPEN') w
                """).setParameter(1, today).setParameter(2, ObjectionService.ANSWER_DAYS).getSingleResult();
        long[] counts = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            counts[i] = ((Number) row[i]).longValue();
        }
        return counts;
    }

    public void addClaim(long objectionId, long claimId) {
        getEntityManager().createNativeQuery("insert into objection_claim (objection_id, claim_id) values (?1, ?2)")
                .setParameter(1, objectionId).setParameter(2, claimId).executeUpdate();
    }

    public void recordOutcome(long objectionId, long claimId, BigDecimal before, BigDecimal reducedTo) {
        getEntityManager().createNativeQuery("insert into objection_claim (objection_id, claim_id, principal_before, "
                        + "reduced_to) values (?1, ?2, ?3, ?4) on conflict (objection_id, claim_id) do update set "
                        + "principal_before = excluded.principal_before, reduced_to = excluded.reduced_to")
                .setParameter(1, objectionId).setParameter(2, claimId).setParameter(3, before)
                .setParameter(4, reducedTo).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Long> claimIds(long objectionId) {
        return ((List<Number>) getEntityManager().createNativeQuery(
                        "select claim_id from objection_claim where objection_id = ?1 order by claim_id")
                .setParameter(1, objectionId).getResultList()).stream().map(Number::longValue).toList();
    }

    public List<ObjectionMessage> messages(long objectionId) {
        return getEntityManager().createQuery("from ObjectionMessage where objectionId = ?1 order by id",
                ObjectionMessage.class).setParameter(1, objectionId).getResultList();
    }

    public List<FileInfo> files(long objectionId) {
        return getEntityManager().createQuery("select a.id, a.publicId, a.messageId, a.fileName, a.contentType, "
                        + "a.sizeBytes from ObjectionAttachment a where a.objectionId = ?1 order by a.id", Object[].class)
                .setParameter(1, objectionId).getResultList().stream()
                .map(r -> new FileInfo((Long) r[0], (UUID) r[1], (Long) r[2], (String) r[3], (String) r[4],
                        (Integer) r[5]))
                .toList();
    }

    public Optional<ObjectionAttachment> file(long objectionId, UUID publicId) {
        return getEntityManager().createQuery("from ObjectionAttachment where objectionId = ?1 and publicId = ?2",
                        ObjectionAttachment.class).setParameter(1, objectionId).setParameter(2, publicId)
                .getResultStream().findFirst();
    }

    public void persistMessage(ObjectionMessage message) {
        getEntityManager().persist(message);
    }

    public void persistFile(ObjectionAttachment file) {
        getEntityManager().persist(file);
    }
}
