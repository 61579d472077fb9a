package no.minside.cases;

import no.minside.fees.Breakdown;
import no.minside.fees.CostType;
import no.minside.fees.FeeLine;
import no.minside.fees.NextStep;
import no.minside.fees.PaymentAllocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Reads a case's balance as its situation: which step it is at, since when, the deadline ahead and what follows
 * it. Every amount comes from the balance engine; what a later step would cost is the engine's own answer for that
 * day (a projection with nothing paid), so the page can never promise a cost the engine would not charge.
 */
final class CaseGuide {

    private CaseGuide() {
    }

    static CaseSituation situation(CaseBalance balance) {
        CollectionCase c = balance.collectionCase();
        Breakdown b = balance.breakdown();
        LocalDate today = balance.today();
        BigDecimal perDay = b.interestPerDay();
        if (c.stage == CaseStage.CANCELLED) {
            return of(CaseSituation.Phase.CANCELLED, c.closedOn, b, null, CaseSituation.Next.NONE, null, null,
                    BigDecimal.ZERO.setScale(2), false);
        }
        if (b.totalDue().signum() == 0) {
            return of(CaseSituation.Phase.PAID, paidOn(c, b), b, null, CaseSituation.Next.NONE, null, null,
                    BigDecimal.ZERO.setScale(2), false);
        }
        if (balance.isPaused()) {
            CaseSituation.Phase phase = balance.objectionUnderReview() ? CaseSituation.Phase.PAUSED_OBJECTION
                    : CaseSituation.Phase.PAUSED_PLAN;
            return of(phase, balance.pausedSince(), b, null, CaseSituation.Next.NONE, null, null, perDay, false);
        }
        NextStep next = b.nextStep();
        LocalDate deadline = next.on() == null || !next.on().isAfter(today) ? null : next.on().minusDays(1);
        return switch (next.kind()) {
            case PAYMENT_DEMAND -> of(CaseSituation.Phase.NOTICE, c.collectionNoticeSentOn, b, deadline,
                    CaseSituation.Next.PAYMENT_DEMAND, null, lettAfterDemand(balance, next.on()), perDay,
                    next.provisional());
            case LIGHT_FEE -> of(CaseSituation.Phase.DEMAND,
                    c.paymentDemandSentOn != null ? c.paymentDemandSentOn : next.on().minusDays(15), b, deadline,
                    CaseSituation.Next.LIGHT_FEE, next.adds(), null, perDay, next.provisional());
            case HEAVY_FEE -> of(CaseSituation.Phase.LIGHT_FEE, latest(b, CostType.LIGHT_FEE), b, deadline,
                    CaseSituation.Next.HEAVY_FEE, next.adds(), null, perDay, next.provisional());
            case LEGAL -> deadline != null
                    ? of(CaseSituation.Phase.HEAVY_FEE, latest(b, CostType.HEAVY_FEE), b, deadline,
                            CaseSituation.Next.LEGAL, null, null, perDay, false)
                    : of(CaseSituation.Phase.LEGAL, c.legalStepOn != null ? c.legalStepOn : next.on(), b, null,
                            CaseSituation.Next.NONE, null, null, perDay, false);
            case NONE -> of(CaseSituation.Phase.LEGAL, c.legalStepOn, b, null, CaseSituation.Next.NONE, null, null,
                    perDay, false);
        };
    }

    private static CaseSituation of(CaseSituation.Phase phase, LocalDate since, Breakdown b, LocalDate deadline,
                                    CaseSituation.Next next, BigDecimal nextAdds, BigDecimal laterAdds,
                                    BigDecimal perDay, boolean provisional) {
        return new CaseSituation(phase, since, b.totalDue(), deadline, next, nextAdds, laterAdds, perDay,
                b.overpaid(), provisional);
    }

    /**
     * The salær that follows the payment demand if it goes unpaid: the engine's fees on the day after the demand's
     * 14 days, less today's. The demand goes out the day after the notice's deadline.
     */
    private static BigDecimal lettAfterDemand(CaseBalance balance, LocalDate demandOn) {
        LocalDate lettOn = demandOn.plusDays(15);
        return balance.breakdownOn(lettOn).sum().fees().subtract(balance.breakdown().sum().fees());
    }

    private static LocalDate latest(Breakdown b, CostType type) {
        return b.fees().stream().filter(f -> f.type() == type).map(FeeLine::incurredOn)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** The day the case was settled: when it closed, or else the last payment. */
    private static LocalDate paidOn(CollectionCase c, Breakdown b) {
        if (c.closedOn != null) {
            return c.closedOn;
        }
        return b.payments().stream().map(PaymentAllocation::paidOn).max(Comparator.naturalOrder()).orElse(null);
    }
}
