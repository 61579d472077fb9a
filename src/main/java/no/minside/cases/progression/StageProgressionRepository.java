package no.minside.cases.progression;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import no.minside.cases.CaseStage;
import no.minside.cases.CollectionCase;
import no.minside.cases.CostLineType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The queries of the stage job: open cases in batches, the per-case row lock, and the fee insert that runs once. */
@ApplicationScoped
public class StageProgressionRepository {

    private static final List<CaseStage> CLOSED = List.of(CaseStage.PAID, CaseStage.CANCELLED);

    private final EntityManager em;

    StageProgressionRepository(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} open cases with an id above {@code afterId}, by id: keyset paging over a changing set. */
    public List<CollectionCase> findOpenAfter(long afterId, int limit) {
        return em.createQuery("from CollectionCase where stage not in ?1 and id > ?2 order by id",
                        CollectionCase.class)
                .setParameter(1, CLOSED).setParameter(2, afterId).setMaxResults(limit).getResultList();
    }

    /**
     * Locks the case row until the transaction ends and returns the case as committed, if it is still open. With
     * {@code skipIfLocked} a case another transaction holds is left out instead of waited for: another instance of
     * the job is working on it. The lock also holds back new payments on the case (their foreign key needs a share
     * lock on the row), so a case is never evaluated against a payment committed halfway through.
     */
    public Optional<CollectionCase> lockOpen(long caseId, boolean skipIfLocked) {
        List<?> locked = em.createNativeQuery("select id from collection_case where id = ?1"
                        + " and stage not in ('PAID', 'CANCELLED') for update" + (skipIfLocked ? " skip locked" : ""))
                .setParameter(1, caseId).getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        CollectionCase c = em.find(CollectionCase.class, caseId);
        // The caller's own transaction may have read the case before the lock; the locked row is what counts.
        em.refresh(c);
        return Optional.of(c);
    }

    /**
     * Inserts the fee unless the case already has it ({@code cost_line_once_key}); returns whether it was inserted.
     * A conflict is an answer, not an error, so a race that slips past the row lock cannot fail the case.
     */
    public boolean insertFeeOnce(long caseId, Long claimId, CostLineType type, BigDecimal amount, BigDecimal vat,
                                 LocalDate incurredOn, String legalBasis, BigDecimal satsUsed) {
        // The case-level notice fee has no claim: a literal null, since an untyped null parameter has no SQL type.
        var insert = em.createNativeQuery("""
                        insert into cost_line (case_id, claim_id, type, amount, vat_amount, incurred_on, legal_basis,
                                               sats_used)
                        values (:caseId, %s, :type, :amount, :vat, :incurredOn, :legalBasis, :sats)
                        on conflict (case_id, coalesce(claim_id, 0), type) do nothing"""
                        .formatted(claimId == null ? "null" : ":claimId"))
                .setParameter("caseId", caseId).setParameter("type", type.name())
                .setParameter("amount", amount).setParameter("vat", vat).setParameter("incurredOn", incurredOn)
                .setParameter("legalBasis", legalBasis).setParameter("sats", satsUsed);
        if (claimId != null) {
            insert.setParameter("claimId", claimId);
        }
        int inserted = insert.executeUpdate();
        return inserted == 1;
    }
}
