package no.minside.cases.progression;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.minside.cases.CaseEvent;
import no.minside.cases.CaseEventType;
import no.minside.cases.CaseBalances;
import no.minside.cases.CaseRepository;
import no.minside.cases.CaseStage;
import no.minside.cases.CollectionCase;
import no.minside.cases.CostLine;
import no.minside.cases.CostLineType;
import no.minside.fees.CaseFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads back what the stage job wrote, as plain values a test can compare before and after a run. */
@ApplicationScoped
public class CaseRows {

    private final EntityManager em;
    private final CaseRepository cases;
    private final CaseBalances balances;

    CaseRows(EntityManager em, CaseRepository cases, CaseBalances balances) {
        this.em = em;
        this.cases = cases;
        this.balances = balances;
    }

    public record CaseRow(long id, String caseNumber, CaseStage stage, LocalDate paymentDemandSentOn,
                          LocalDate paymentDemandDeadline, LocalDate legalStepOn, LocalDate closedOn, long version) {
    }

    public record CostRow(long id, Long claimId, CostLineType type, BigDecimal amount, BigDecimal vat,
                          LocalDate incurredOn, String legalBasis, BigDecimal sats) {
    }

    public record EventRow(long id, CaseEventType type, LocalDate on, BigDecimal amount, String detail) {
    }

    /** Everything the job may write on one case. */
    public record Snapshot(CaseRow row, List<CostRow> costs, List<EventRow> events) {
    }

    @Transactional
    public CaseRow byNumber(String caseNumber) {
        CollectionCase c = cases.findByCaseNumber(caseNumber).orElseThrow();
        return new CaseRow(c.id, c.caseNumber, c.stage, c.paymentDemandSentOn, c.paymentDemandDeadline,
                c.legalStepOn, c.closedOn, c.version);
    }

    @Transactional
    public List<CostRow> costs(long caseId) {
        return em.createQuery("from CostLine where caseId = ?1 order by id", CostLine.class)
                .setParameter(1, caseId).getResultStream()
                .map(l -> new CostRow(l.id, l.claimId, l.type, l.amount, l.vatAmount, l.incurredOn, l.legalBasis,
                        l.satsUsed))
                .toList();
    }

    @Transactional
    public List<EventRow> events(long caseId) {
        return em.createQuery("from CaseEvent where caseId = ?1 order by id", CaseEvent.class)
                .setParameter(1, caseId).getResultStream()
                .map(e -> new EventRow(e.id, e.type, e.occurredOn, e.amount, e.detail))
                .toList();
    }

    /** How many letters of this kind the case has. */
    @Transactional
    public long letters(long caseId, String kind) {
        return ((Number) em.createNativeQuery("select count(*) from letter where case_id = ?1 and kind = ?2")
                .setParameter(1, caseId).setParameter(2, kind).getSingleResult()).longValue();
    }

    public Snapshot snapshot(String caseNumber) {
        CaseRow row = byNumber(caseNumber);
        return new Snapshot(row, costs(row.id()), events(row.id()));
    }

    /** The ids of the case's claims, oldest due date first. */
    @Transactional
    public List<Long> claimIds(long caseId) {
        return em.createQuery("select id from Claim where caseId = ?1 order by dueDate, id", Long.class)
                .setParameter(1, caseId).getResultList();
    }

    /** The engine's view of the case as stored, with whatever the job has recorded. */
    @Transactional
    public CaseFacts facts(long caseId) {
        return balances.of(cases.findById(caseId), CaseBalances.Detail.BALANCE).facts();
    }
}
