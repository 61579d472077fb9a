package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.NotFoundException;
import no.minside.fees.CaseFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a decision on a dispute does to a case: claims cancelled (no collection costs on them, inkassoloven § 17) or
 * reduced (their fee band follows the new principal), and collection resumed with a new 14-day deadline. The
 * balance engine does not remember past pauses, so the deadlines a pause held are moved here (CasePauses).
 */
@ApplicationScoped
public class CaseCorrections {

    private final CaseRepository cases;
    private final ClaimRepository claims;
    private final CaseEventRepository events;

    CaseCorrections(CaseRepository cases, ClaimRepository claims, CaseEventRepository events) {
        this.cases = cases;
        this.claims = claims;
        this.events = events;
    }

    /** Records a step of the dispute in the case's history. */
    @Transactional
    public void record(long caseId, CaseEventType type, LocalDate on, String detail) {
        events.persist(CaseEvent.of(caseId, type, on, null, detail));
    }

    /** A case's claims, for a form that lists them. */
    @Transactional
    public List<Claim> claimsOf(long caseId) {
        return claims.findByCase(caseId);
    }

    /** Locks the case for a decision, so the stage job and a payment wait for it. */
    @Transactional
    public CollectionCase lock(long caseId) {
        CollectionCase c = cases.findByIdOptional(caseId).orElseThrow(() -> new NotFoundException("Case"));
        cases.lockForUpdate(c);
        return c;
    }

    /** The claim is cancelled from {@code on}: it owes nothing, and carries no collection costs. */
    @Transactional
    public void cancelClaim(long caseId, long claimId, LocalDate on) {
        Claim claim = claimOf(caseId, claimId);
        claim.cancelledOn = on;
    }

    /** The claim's principal becomes {@code amount}; returns the principal before. */
    @Transactional
    public BigDecimal reduceClaim(long caseId, long claimId, BigDecimal amount) {
        Claim claim = claimOf(caseId, claimId);
        if (amount.signum() <= 0 || amount.compareTo(claim.principal) >= 0) {
            throw new IllegalArgumentException("a reduced principal must be above 0 and below " + claim.principal);
        }
        BigDecimal before = claim.principal;
        claim.principal = amount;
        return before;
    }

    /**
     * Collection resumes after a pause with a new 14-day deadline from {@code on}: the notice's deadline when the
     * payment demand has not gone out, else the payment demand's. A case whose every claim is cancelled closes.
     */
    @Transactional
    public void resumeAfterPause(long caseId, LocalDate on) {
        CollectionCase c = lock(caseId);
        if (claims.findByCase(caseId).stream().allMatch(k -> k.cancelledOn != null)) {
            c.stage = CaseStage.CANCELLED;
            c.closedOn = on;
            events.persist(CaseEvent.of(c.id, CaseEventType.CANCELLED, on, null, null));
            return;
        }
        LocalDate deadline = on.plusDays(CaseFacts.NOTICE_DAYS);
        if (c.paymentDemandSentOn == null) {
            c.collectionNoticeDeadline = deadline;
        } else {
            c.paymentDemandDeadline = deadline;
        }
    }

    private Claim claimOf(long caseId, long claimId) {
        Claim claim = claims.findById(claimId);
        if (claim == null || claim.caseId != caseId) {
            throw new NotFoundException("Claim");
        }
        return claim;
    }
}
