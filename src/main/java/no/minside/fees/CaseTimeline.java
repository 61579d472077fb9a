package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import no.minside.fees.PaymentLedger.Part;

/**
 * One walk through a case's days up to {@code asOf}: costs fall due, interest accrues and payments are allocated in
 * date order, so that every rule sees the balance as it stood on its own day.
 *
 * <p>Claims cancelled by {@code asOf} are left out from the start: they owe nothing, and what was paid on them is
 * allocated to the other claims or reported as overpaid.
 */
final class CaseTimeline {

    /** Tungt salær when the payment demand's deadline is overrun by more than this (inkassoforskriften § 2-3). */
    static final int HEAVY_OVERRUN_DAYS = 28;
    /** Days still unpaid after tungt salær before the case moves to legal steps (the § 4-18 notice period). */
    static final int LEGAL_WAIT_DAYS = 14;

    private static final Comparator<ClaimFacts> OLDEST_FIRST =
            Comparator.comparing(ClaimFacts::dueDate).thenComparingLong(ClaimFacts::id);

    /** What can happen on a day. Within a day, costs fall due first, then payments arrive, then deadlines end. */
    private enum Step {
        NOTICE_SENT(0, null),
        NOTICE_FEE(0, CostType.COLLECTION_NOTICE_FEE),
        REMINDER_FEE(0, CostType.REMINDER_FEE),
        LIGHT_FEE(0, CostType.LIGHT_FEE),
        HEAVY_FEE(0, CostType.HEAVY_FEE),
        PLAN_SURCHARGE(0, CostType.PLAN_SURCHARGE),
        PAYMENT(1, null),
        NOTICE_DEADLINE(2, null),
        DEMAND_DEADLINE(2, null),
        HEAVY_DEADLINE(2, null),
        LEGAL_DEADLINE(2, null);

        final int phase;
        final CostType costType;

        Step(int phase, CostType costType) {
            this.phase = phase;
            this.costType = costType;
        }

        /** Days where money changes hands or a cost falls due are points on the balance chart. */
        boolean charted() {
            return phase < 2;
        }
    }

    /** Something that happens on a day of the case; {@code recorded} says a fee's date comes from the database. */
    private record Event(LocalDate date, Step step, int sequence, ClaimLedger claim, PaymentLedger payment,
            boolean recorded) implements Comparable<Event> {

        @Override
        public int compareTo(Event other) {
            int byDate = date.compareTo(other.date);
            if (byDate != 0) {
                return byDate;
            }
            return step.phase != other.step.phase
                    ? Integer.compare(step.phase, other.step.phase)
                    : Integer.compare(sequence, other.sequence);
        }
    }

    private final CaseFacts facts;
    private final RateTables rates;
    private final LocalDate asOf;
    private final FeeCalculator fees;
    private final List<Part> allocationOrder;
    private final List<ClaimFacts> allClaims;
    private final List<ClaimLedger> claims = new ArrayList<>();
    private final List<PaymentLedger> payments = new ArrayList<>();
    /** Payments with a surplus, oldest first: the surplus covers charges that arise later. */
    private final Deque<PaymentLedger> credits = new ArrayDeque<>();
    private final PriorityQueue<Event> agenda = new PriorityQueue<>();
    private final List<DueStep> ruleSteps = new ArrayList<>();
    private final List<BalancePoint> history = new ArrayList<>();
    private int sequence;

    private final Charge noticeFee = new Charge();
    private FeeAmount noticeFeeAmount;
    private LocalDate noticeFeeOn;
    private boolean noticeFeeRecorded;

    /** The plan surcharge (§ 2-4): case-level like the notice fee, at the amount recorded with the plan. */
    private final Charge planSurcharge = new Charge();
    private final RecordedFee planSurchargeFee;

    private LocalDate paymentDemandOn;
    private LocalDate paymentDemandDeadline;
    private LocalDate firstHeavyFeeOn;
    private LocalDate legalOn;
    private LocalDate settledOn;

    private CaseTimeline(CaseFacts facts, RateTables rates, LocalDate asOf) {
        this.facts = facts;
        this.rates = rates;
        this.asOf = asOf;
        this.fees = new FeeCalculator(facts.debtorKind(), facts.policy());
        this.allocationOrder = partsInOrder(facts.policy().allocationOrder());
        List<ClaimFacts> sortedClaims = new ArrayList<>(facts.claims());
        sortedClaims.sort(OLDEST_FIRST);
        this.allClaims = List.copyOf(sortedClaims);
        for (ClaimFacts claim : allClaims) {
            if (!claim.isCancelledBy(asOf)) {
                claims.add(new ClaimLedger(claim, rates.bandFor(claim.principal())));
            }
        }
        this.planSurchargeFee = facts.recordedFees().stream()
                .filter(fee -> fee.type() == CostType.PLAN_SURCHARGE)
                .min(Comparator.comparing(RecordedFee::incurredOn)).orElse(null);
        facts.payments().stream()
                .filter(payment -> !payment.paidOn().isAfter(asOf))
                .sorted(Comparator.comparing(PaymentFacts::paidOn).thenComparingLong(PaymentFacts::id))
                .forEach(payment -> payments.add(new PaymentLedger(payment)));
    }

    static CaseTimeline walk(CaseFacts facts, RateTables rates, LocalDate asOf) {
        CaseTimeline timeline = new CaseTimeline(facts, rates, asOf);
        timeline.scheduleKnownEvents();
        timeline.runDays();
        return timeline;
    }

    private void scheduleKnownEvents() {
        LocalDate noticeSentOn = facts.collectionNoticeSentOn();
        schedule(Step.NOTICE_SENT, noticeSentOn, null, null, false);
        // No claim left to collect means no notice fee either.
        if (!claims.isEmpty()) {
            scheduleFee(Step.NOTICE_FEE, null, noticeSentOn);
            if (planSurchargeFee != null) {
                schedule(Step.PLAN_SURCHARGE, planSurchargeFee.incurredOn(), null, null, true);
            }
        }
        for (ClaimLedger claim : claims) {
            if (claim.facts().reminderFee().signum() > 0) {
                scheduleFee(Step.REMINDER_FEE, claim, noticeSentOn);
            }
            for (Step salaer : List.of(Step.LIGHT_FEE, Step.HEAVY_FEE)) {
                LocalDate recordedOn = recordedOn(salaer.costType, claim.id());
                if (recordedOn != null) {
                    schedule(salaer, recordedOn, claim, null, true);
                }
            }
        }
        for (PaymentLedger payment : payments) {
            schedule(Step.PAYMENT, payment.payment().paidOn(), null, payment, false);
        }
        if (facts.paymentDemandSentOn() != null) {
            paymentDemandSent(facts.paymentDemandSentOn());
        } else {
            schedule(Step.NOTICE_DEADLINE, facts.collectionNoticeDeadline(), null, null, false);
        }
    }

    /** A fee whose date the rules fix: the recorded date wins when the stage job has written it. */
    private void scheduleFee(Step step, ClaimLedger claim, LocalDate byRule) {
        LocalDate recordedOn = recordedOn(step.costType, claim == null ? null : claim.id());
        schedule(step, recordedOn != null ? recordedOn : byRule, claim, null, recordedOn != null);
    }

    private void schedule(Step step, LocalDate date, ClaimLedger claim, PaymentLedger payment, boolean recorded) {
        agenda.add(new Event(date, step, sequence++, claim, payment, recorded));
    }

    private LocalDate recordedOn(CostType type, Long claimId) {
        LocalDate earliest = null;
        for (RecordedFee fee : facts.recordedFees()) {
            if (fee.type() == type && Objects.equals(fee.claimId(), claimId)
                    && (earliest == null || fee.incurredOn().isBefore(earliest))) {
                earliest = fee.incurredOn();
            }
        }
        return earliest;
    }

    private void runDays() {
        while (!agenda.isEmpty() && !agenda.peek().date().isAfter(asOf)) {
            LocalDate day = agenda.peek().date();
            bringTo(day);
            boolean charted = false;
            while (!agenda.isEmpty() && agenda.peek().date().equals(day)) {
                Event event = agenda.poll();
                charted |= event.step().charted();
                handle(event, day);
            }
            endDay(day, charted);
        }
        bringTo(asOf);
        endDay(asOf, true);
    }

    /** Interest up to the end of the day, and salær of unpaid claims at the day's sats. */
    private void bringTo(LocalDate day) {
        for (ClaimLedger claim : claims) {
            claim.accrueInterest(day, rates);
            if (claim.salaerFollowsSats()) {
                InkassoRate sats = rates.inkassoRateOn(day);
                if (!sats.equals(claim.salaerFee().sats())) {
                    FeeAmount repriced = fees.salaer(claim.band(), claim.salaerType(), sats);
                    // A lower sats never turns salær already paid into a refund.
                    if (repriced.amount().compareTo(claim.salaer().paid()) >= 0) {
                        claim.price(repriced);
                    }
                }
            }
        }
    }

    private void handle(Event event, LocalDate day) {
        switch (event.step()) {
            case NOTICE_SENT -> {
                // Only a point on the chart.
            }
            case NOTICE_FEE -> incurNoticeFee(day, event.recorded());
            case REMINDER_FEE -> {
                event.claim().incurReminderFee(day, event.recorded());
                applyCredit(day);
            }
            case LIGHT_FEE, HEAVY_FEE -> incurSalaer(event.claim(), event.step().costType, day, event.recorded());
            case PLAN_SURCHARGE -> {
                planSurcharge.charge(planSurchargeFee.amount());
                applyCredit(day);
            }
            case PAYMENT -> pay(event.payment(), day);
            case NOTICE_DEADLINE -> noticeDeadlineEnds(day);
            case DEMAND_DEADLINE -> salaerFallsDue(CostType.LIGHT_FEE, Step.LIGHT_FEE, day);
            case HEAVY_DEADLINE -> salaerFallsDue(CostType.HEAVY_FEE, Step.HEAVY_FEE, day);
            case LEGAL_DEADLINE -> legalDeadlineEnds(day);
        }
    }

    private void incurNoticeFee(LocalDate day, boolean recorded) {
        // Sats of the day the notice was sent (§ 1-2 last paragraph), even if the fee was recorded on another day.
        noticeFeeAmount = FeeCalculator.collectionNoticeFee(rates.inkassoRateOn(facts.collectionNoticeSentOn()));
        noticeFeeOn = day;
        noticeFeeRecorded = recorded;
        noticeFee.charge(noticeFeeAmount.amount());
        if (!recorded) {
            ruleSteps.add(new DueStep(DueStep.Kind.FEE, day, CostType.COLLECTION_NOTICE_FEE, null,
                    noticeFeeAmount.amount()));
        }
        applyCredit(day);
    }

    private void incurSalaer(ClaimLedger claim, CostType type, LocalDate day, boolean recorded) {
        FeeAmount fee = fees.salaer(claim.band(), type, rates.inkassoRateOn(day));
        if (!claim.incurSalaer(type, day, recorded, fee)) {
            return;
        }
        if (!recorded) {
            ruleSteps.add(new DueStep(DueStep.Kind.FEE, day, type, claim.id(), fee.amount()));
        }
        if (type == CostType.HEAVY_FEE && firstHeavyFeeOn == null) {
            firstHeavyFeeOn = day;
            schedule(Step.LEGAL_DEADLINE, day.plusDays(LEGAL_WAIT_DAYS), null, null, false);
        }
        applyCredit(day);
    }

    private void pay(PaymentLedger payment, LocalDate day) {
        BigDecimal surplus = allocate(payment, payment.payment().amount(), day);
        payment.overpaid(surplus);
        if (surplus.signum() > 0) {
            credits.add(payment);
        }
    }

    /** A surplus held from earlier payments covers a cost that has just fallen due. */
    private void applyCredit(LocalDate day) {
        while (!credits.isEmpty()) {
            PaymentLedger source = credits.peek();
            BigDecimal surplus = allocate(source, source.overpaid(), day);
            source.overpaid(surplus);
            if (surplus.signum() > 0) {
                return;
            }
            credits.poll();
        }
    }

    /**
     * The case-level costs first (the notice fee, then a plan surcharge), then the claims oldest due date first, each
     * in the creditor's order.
     */
    private BigDecimal allocate(PaymentLedger payment, BigDecimal amount, LocalDate day) {
        BigDecimal available = payInto(payment, null, Part.COSTS, noticeFee, amount);
        available = payInto(payment, null, Part.COSTS, planSurcharge, available);
        for (ClaimLedger claim : claims) {
            if (available.signum() == 0) {
                break;
            }
            if (claim.outstanding().signum() == 0) {
                continue;
            }
            for (Part part : allocationOrder) {
                available = switch (part) {
                    case COSTS -> payCosts(payment, claim, available);
                    case INTEREST -> payInto(payment, claim.id(), part, claim.interest(), available);
                    case PRINCIPAL -> payInto(payment, claim.id(), part, claim.principal(), available);
                };
            }
            if (claim.outstanding().signum() == 0) {
                claim.paidInFullOn(day);
            }
        }
        return available;
    }

    /** Within a claim's costs the reminder fee, the older charge, comes before the salær. */
    private static BigDecimal payCosts(PaymentLedger payment, ClaimLedger claim, BigDecimal available) {
        BigDecimal left = payInto(payment, claim.id(), Part.COSTS, claim.reminderFee(), available);
        return payInto(payment, claim.id(), Part.COSTS, claim.salaer(), left);
    }

    private static BigDecimal payInto(PaymentLedger payment, Long claimId, Part part, Charge charge,
            BigDecimal available) {
        BigDecimal used = charge.pay(available);
        if (used.signum() > 0) {
            payment.add(claimId, part, used);
        }
        return available.subtract(used);
    }

    private void noticeDeadlineEnds(LocalDate day) {
        LocalDate next = day.plusDays(1);
        if (totalDue().signum() > 0 && !facts.isPausedOn(next)) {
            paymentDemandSent(next);
            if (!next.isAfter(asOf)) {
                ruleSteps.add(new DueStep(DueStep.Kind.PAYMENT_DEMAND_SENT, next, null, null, null));
            }
        }
    }

    private void paymentDemandSent(LocalDate on) {
        paymentDemandOn = on;
        paymentDemandDeadline = facts.paymentDemandDeadline() != null
                ? facts.paymentDemandDeadline()
                : on.plusDays(CaseFacts.NOTICE_DAYS);
        schedule(Step.DEMAND_DEADLINE, paymentDemandDeadline, null, null, false);
        schedule(Step.HEAVY_DEADLINE, paymentDemandDeadline.plusDays(HEAVY_OVERRUN_DAYS), null, null, false);
    }

    /** Each claim with anything left at the end of the deadline gets the salær next day, unless recorded or paused. */
    private void salaerFallsDue(CostType type, Step step, LocalDate day) {
        LocalDate next = day.plusDays(1);
        if (facts.isPausedOn(next)) {
            return;
        }
        for (ClaimLedger claim : claims) {
            if (claim.outstanding().signum() > 0 && recordedOn(type, claim.id()) == null) {
                schedule(step, next, claim, null, false);
            }
        }
    }

    private void legalDeadlineEnds(LocalDate day) {
        LocalDate next = day.plusDays(1);
        if (totalDue().signum() > 0 && !facts.isPausedOn(next)) {
            legalOn = next;
            if (!next.isAfter(asOf)) {
                ruleSteps.add(new DueStep(DueStep.Kind.LEGAL, next, null, null, null));
            }
        }
    }

    private void endDay(LocalDate day, boolean charted) {
        BigDecimal due = totalDue();
        if (due.signum() != 0) {
            settledOn = null;
        } else if (settledOn == null && !claims.isEmpty()) {
            settledOn = day;
        }
        if (charted) {
            int last = history.size() - 1;
            if (last >= 0 && history.get(last).date().equals(day)) {
                history.set(last, new BalancePoint(day, due));
            } else {
                history.add(new BalancePoint(day, due));
            }
        }
    }

    private static List<Part> partsInOrder(AllocationOrder order) {
        return switch (order) {
            case COSTS_INTEREST_PRINCIPAL -> List.of(Part.COSTS, Part.INTEREST, Part.PRINCIPAL);
            case INTEREST_COSTS_PRINCIPAL -> List.of(Part.INTEREST, Part.COSTS, Part.PRINCIPAL);
            case PRINCIPAL_INTEREST_COSTS -> List.of(Part.PRINCIPAL, Part.INTEREST, Part.COSTS);
        };
    }

    BigDecimal totalDue() {
        return noticeFee.outstanding().add(planSurcharge.outstanding()).add(sumOfClaims(ClaimLedger::outstanding));
    }

    BigDecimal principalOutstanding() {
        return sumOfClaims(claim -> claim.principal().outstanding());
    }

    BigDecimal interestOutstanding() {
        return sumOfClaims(claim -> claim.interest().outstanding());
    }

    BigDecimal feesOutstanding() {
        return noticeFee.outstanding().add(planSurcharge.outstanding()).add(sumOfClaims(ClaimLedger::feesOutstanding));
    }

    BigDecimal paidTotal() {
        return sumOfPayments(payment -> payment.payment().amount());
    }

    BigDecimal overpaid() {
        return sumOfPayments(PaymentLedger::overpaid);
    }

    private BigDecimal sumOfClaims(Function<ClaimLedger, BigDecimal> amount) {
        BigDecimal sum = Money.ZERO;
        for (ClaimLedger claim : claims) {
            sum = sum.add(amount.apply(claim));
        }
        return sum;
    }

    private BigDecimal sumOfPayments(Function<PaymentLedger, BigDecimal> amount) {
        BigDecimal sum = Money.ZERO;
        for (PaymentLedger payment : payments) {
            sum = sum.add(amount.apply(payment));
        }
        return sum;
    }

    List<ClaimBalance> claimBalances() {
        List<ClaimBalance> balances = new ArrayList<>(allClaims.size());
        for (ClaimFacts facts : allClaims) {
            ClaimLedger claim = ledgerOf(facts.id());
            if (claim == null) {
                balances.add(new ClaimBalance(facts.id(), facts.invoiceNumber(), facts.description(),
                        facts.dueDate(), facts.principal(), true, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                        Money.ZERO, Money.ZERO, Money.ZERO, null));
            } else {
                balances.add(new ClaimBalance(facts.id(), facts.invoiceNumber(), facts.description(),
                        facts.dueDate(), facts.principal(), false, claim.principal().outstanding(),
                        claim.interest().amount(), claim.interest().outstanding(), claim.feesCharged(),
                        claim.feesOutstanding(), claim.paid(), claim.outstanding(), claim.paidInFullOn()));
            }
        }
        return balances;
    }

    List<FeeLine> feeLines() {
        List<FeeLine> lines = new ArrayList<>();
        if (noticeFeeOn != null) {
            lines.add(line(CostType.COLLECTION_NOTICE_FEE, null, noticeFeeOn, noticeFeeAmount, noticeFeeRecorded,
                    noticeFee));
        }
        if (planSurchargeFee != null && !claims.isEmpty() && !planSurchargeFee.incurredOn().isAfter(asOf)) {
            BigDecimal vat = planSurchargeFee.vat();
            lines.add(new FeeLine(CostType.PLAN_SURCHARGE, null, planSurchargeFee.incurredOn(),
                    planSurcharge.amount().subtract(vat), vat, planSurcharge.amount(), null, null,
                    CostType.PLAN_SURCHARGE.legalBasis(), false, true, planSurcharge.paid(),
                    planSurcharge.outstanding()));
        }
        for (ClaimLedger claim : claims) {
            if (claim.reminderFeeOn() != null) {
                Charge fee = claim.reminderFee();
                lines.add(new FeeLine(CostType.REMINDER_FEE, claim.id(), claim.reminderFeeOn(), fee.amount(),
                        Money.ZERO, fee.amount(), null, null, CostType.REMINDER_FEE.legalBasis(), false,
                        claim.reminderFeeRecorded(), fee.paid(), fee.outstanding()));
            }
            if (claim.salaerType() != null) {
                lines.add(line(claim.salaerType(), claim.id(), claim.salaerOn(), claim.salaerFee(),
                        claim.salaerRecorded(), claim.salaer()));
            }
        }
        return lines;
    }

    private static FeeLine line(CostType type, Long claimId, LocalDate on, FeeAmount fee, boolean recorded,
            Charge charge) {
        return new FeeLine(type, claimId, on, fee.base(), fee.vat(), charge.amount(), fee.sats().amount(),
                fee.multiple(), type.legalBasis(), fee.sats().provisional(), recorded, charge.paid(),
                charge.outstanding());
    }

    List<InterestLine> interestLines() {
        List<InterestLine> lines = new ArrayList<>();
        for (ClaimLedger claim : claims) {
            lines.addAll(claim.interestLines());
        }
        return lines;
    }

    List<PaymentAllocation> paymentAllocations() {
        List<Long> order = new ArrayList<>();
        order.add(null);
        for (ClaimLedger claim : claims) {
            order.add(claim.id());
        }
        List<PaymentAllocation> allocations = new ArrayList<>(payments.size());
        for (PaymentLedger payment : payments) {
            allocations.add(payment.toAllocation(order));
        }
        return allocations;
    }

    /**
     * What a fee of the type would add, per claim with anything left, at the sats of the day it would fall due:
     * the whole lett salær, or tungt minus the lett already charged.
     */
    Increase salaerIncrease(CostType type, LocalDate on) {
        InkassoRate sats = rates.inkassoRateOn(on);
        BigDecimal adds = Money.ZERO;
        for (ClaimLedger claim : claims) {
            CostType current = claim.salaerType();
            boolean wouldRise = current == null || type == CostType.HEAVY_FEE && current == CostType.LIGHT_FEE;
            if (claim.outstanding().signum() > 0 && wouldRise) {
                adds = adds.add(fees.salaer(claim.band(), type, sats).amount());
                if (current != null) {
                    adds = adds.subtract(fees.salaer(claim.band(), current, sats).amount());
                }
            }
        }
        return new Increase(adds, sats.provisional());
    }

    /** What the next fee would add to the total due, and whether the sats it uses is provisional. */
    record Increase(BigDecimal adds, boolean provisional) {
    }

    private ClaimLedger ledgerOf(long claimId) {
        for (ClaimLedger claim : claims) {
            if (claim.id() == claimId) {
                return claim;
            }
        }
        return null;
    }

    List<BalancePoint> history() {
        return history;
    }

    List<DueStep> ruleSteps() {
        return ruleSteps;
    }

    LocalDate paymentDemandOn() {
        return paymentDemandOn;
    }

    LocalDate paymentDemandDeadline() {
        return paymentDemandDeadline;
    }

    /** The day the case moves to legal steps: decided, or expected from the first tungt salær; null before tungt. */
    LocalDate legalOn() {
        if (legalOn != null) {
            return legalOn;
        }
        return firstHeavyFeeOn == null ? null : firstHeavyFeeOn.plusDays(LEGAL_WAIT_DAYS + 1);
    }

    /** The day the total due last became 0, or null while anything is due (or nothing was ever charged). */
    LocalDate settledOn() {
        return settledOn;
    }
}
