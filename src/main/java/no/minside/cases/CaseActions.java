package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.minside.fees.CaseFacts;
import no.minside.common.TimeSource;
import no.minside.fees.CostType;
import no.minside.rates.RateTablesProvider;
import no.minside.letters.LetterKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What another feature may do to a case it works on (a payment plan): read balances, lock it, write to its timeline,
 * charge the plan surcharge once, and resume collection after a pause it ended. Every method joins the caller's
 * transaction.
 */
@ApplicationScoped
public class CaseActions {

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final CaseBalances balances;
    private final CaseLetters letters;
    private final EntityManager em;
    private final KeptCaseViews kept;
    private final TimeSource time;
    private final RateTablesProvider rates;

    CaseActions(CaseRepository cases, CaseEventRepository events, CaseBalances balances, CaseLetters letters,
                EntityManager em, KeptCaseViews kept, TimeSource time, RateTablesProvider rates) {
        this.kept = kept;
        this.time = time;
        this.rates = rates;
        this.cases = cases;
        this.events = events;
        this.balances = balances;
        this.letters = letters;
        this.em = em;
    }

    /**
     * Locks the case row until the transaction ends and returns the case as committed; with {@code skipIfLocked},
     * empty when another transaction holds it. Lock the case before any row of your own feature, as a payment does
     * (it locks the case, then settles the plan), so that two transactions never wait for each other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CollectionCase> lock(long caseId, boolean skipIfLocked) {
        return cases.lockById(caseId, skipIfLocked);
    }

    /** The case with this number, whoever it belongs to: the caller applies its own ownership rule. */
    @Transactional
    public Optional<CollectionCase> byNumber(String caseNumber) {
        return cases.findByCaseNumber(caseNumber);
    }

    /** The balances of these cases, in the order given (unknown ids left out): for a feature's own lists. */
    @Transactional
    public List<CaseBalance> balances(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, CollectionCase> found = cases.list("id in ?1", caseIds).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        return balances.of(caseIds.stream().distinct().map(found::get).filter(Objects::nonNull).toList(),
                CaseBalances.Detail.BALANCE);
    }

    /**
     * What each of these cases owes in all today (the balance's total), by case id: kept like the debtor's views
     * ({@link KeptCaseViews}), so a list of cases that did not change costs no statement at all here.
     */
    @Transactional
    public Map<Long, BigDecimal> totalsDue(List<CaseHead> heads) {
        LocalDate today = time.today();
        long ratesVersion = rates.versioned().version();
        Map<Long, BigDecimal> totals = new HashMap<>();
        Map<Long, KeptCaseViews.Key> missing = new HashMap<>();
        List<CollectionCase> toCompute = new ArrayList<>();
        for (CaseHead head : heads) {
            KeptCaseViews.Key key = KeptCaseViews.Key.of(head, today, ratesVersion);
            BigDecimal total = kept.total(key);
            if (total == null) {
                missing.put(key.caseId(), key);
                toCompute.add(head.collectionCase());
            } else {
                totals.put(key.caseId(), total);
            }
        }
        Map<KeptCaseViews.Key, BigDecimal> worked = new HashMap<>();
        for (CaseBalance balance : balances.of(toCompute, CaseBalances.Detail.BALANCE)) {
            long caseId = balance.collectionCase().id;
            BigDecimal total = balance.breakdown().totalDue();
            totals.put(caseId, total);
            worked.put(missing.get(caseId), total);
        }
        kept.keepTotals(worked);
        return totals;
    }

    /** A line on the case's timeline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long caseId, CaseEventType type, LocalDate on, BigDecimal amount, String detail) {
        events.persist(CaseEvent.of(caseId, type, on, amount, detail));
    }

    /**
     * Charges the payment-plan surcharge (inkassoforskriften § 2-4) at the amount the debtor was told, once per case
     * ({@code cost_line_once_key}): a second plan on the case costs no second surcharge. Returns whether it was
     * charged now. {@code sats} is the inkassosats it was worked out from.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean chargePlanSurcharge(long caseId, LocalDate on, BigDecimal amount, BigDecimal vat, BigDecimal sats) {
        int inserted = em.createNativeQuery("""
                        insert into cost_line (case_id, claim_id, type, amount, vat_amount, incurred_on, legal_basis,
                                               sats_used)
                        values (?1, null, 'PLAN_SURCHARGE', ?2, ?3, ?4, ?5, ?6)
                        on conflict (case_id, coalesce(claim_id, 0), type) do nothing""")
                .setParameter(1, caseId).setParameter(2, amount).setParameter(3, vat).setParameter(4, on)
                .setParameter(5, CostType.PLAN_SURCHARGE.legalBasis()).setParameter(6, sats)
                .executeUpdate();
        if (inserted == 1) {
            events.persist(CaseEvent.of(caseId, CaseEventType.FEE_ADDED, on, amount, CostType.PLAN_SURCHARGE.name()));
        }
        return inserted == 1;
    }

    /**
     * Collection resumes on {@code on} after a pause that ended that day (a broken payment plan). The balance engine
     * remembers only a pause in force, so the deadlines the pause held are moved here: the debtor gets a new 14-day
     * deadline from that day, as after a rejected objection (DOMAIN.md), in a letter. A case still at the collection
     * notice gets its payment demand now (the notice's deadline is long past), unless a decision on an objection
     * gave the notice a new deadline that still runs ({@link CaseCorrections#resumeAfterPause}): a payment demand
     * may only follow an expired notice (inkassoloven § 10), so the notice's deadline becomes the new one and the
     * stage job sends the demand after it. A case past the demand gets the later of its deadline and the new one,
     * and the salær that follows is reckoned from it. A case the caller has locked; returns the new deadline, or
     * null for a case that is closed or already in the legal stage.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LocalDate resumeAfterPause(CollectionCase c, LocalDate on) {
        if (!c.stage.isOpen() || c.stage == CaseStage.LEGAL) {
            return null;
        }
        LocalDate deadline = on.plusDays(CaseFacts.NOTICE_DAYS);
        if (c.paymentDemandSentOn == null && c.collectionNoticeDeadline != null
                && c.collectionNoticeDeadline.isAfter(on)) {
            if (c.collectionNoticeDeadline.isAfter(deadline)) {
                deadline = c.collectionNoticeDeadline;
            }
            c.collectionNoticeDeadline = deadline;
            return deadline;
        }
        if (c.paymentDemandSentOn == null) {
            c.paymentDemandSentOn = on;
            c.paymentDemandDeadline = deadline;
            c.stage = CaseStage.PAYMENT_DEMAND;
            events.persist(CaseEvent.of(c.id, CaseEventType.PAYMENT_DEMAND_SENT, on, null, null));
        } else {
            LocalDate current = c.paymentDemandDeadline != null
                    ? c.paymentDemandDeadline : c.paymentDemandSentOn.plusDays(CaseFacts.NOTICE_DAYS);
            if (current.isAfter(deadline)) {
                deadline = current;
            }
            c.paymentDemandDeadline = deadline;
        }
        letters.issue(balances.of(c, CaseBalances.Detail.BALANCE), LetterKind.PAYMENT_DEMAND, on, deadline, null);
        return deadline;
    }
}
