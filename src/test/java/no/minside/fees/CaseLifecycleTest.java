package no.minside.fees;

import static no.minside.fees.CaseBuilder.date;
import static no.minside.fees.CaseBuilder.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case over time: what falls due when, what stops it (payment, cancellation, pause) and what comes next. */
class CaseLifecycleTest {

    private final BalanceEngine engine = new BalanceEngine(Clock.systemUTC());
    private final RateTables rates = RateTables.domainDefaults();

    /**
     * 1 000.00 due 2025-03-01 with a 35.00 reminder fee, notice 2025-03-20 (deadline 2025-04-03, fee recorded).
     * Paid 2025-03-25: interest 2025-03-02…25 = 24 days: 1000 × 12.5 × 24 / 36 500 = 8.2192 → 8.22, so everything
     * owed is 1000 + 8.22 + 35 + 35 = 1078.22.
     */
    private static CaseBuilder paidInsideTheNoticeDeadline(String amount) {
        return CaseBuilder.noticeSentOn("2025-03-20")
                .recorded(CostType.COLLECTION_NOTICE_FEE, null, "2025-03-20")
                .claim(1, "1000.00", "2025-03-01", "35.00", null)
                .payment(1, amount, "2025-03-25");
    }

    @Test
    void payingWithinTheNoticeDeadlineMeansNoSalaerAndTheCaseIsPaid() {
        CaseFacts facts = paidInsideTheNoticeDeadline("1078.22").build();

        Breakdown breakdown = engine.breakdown(facts, rates, date("2025-06-30"));

        assertThat(breakdown.fees()).extracting(FeeLine::type)
                .containsExactly(CostType.COLLECTION_NOTICE_FEE, CostType.REMINDER_FEE);
        assertThat(breakdown.totalDue()).isEqualTo(money("0.00"));
        assertThat(breakdown.overpaid()).isEqualTo(money("0.00"));
        assertThat(breakdown.nextStep().kind()).isEqualTo(NextStep.Kind.NONE);
        assertThat(engine.dueSteps(facts, rates, date("2025-06-30")))
                .containsExactly(new DueStep(DueStep.Kind.PAID, date("2025-03-25"), null, null, null));
    }

    @Test
    void oneOreShortAndThePaymentDemandAndSalaerFollow() {
        // 0.01 of principal is left at the notice deadline 2025-04-03: the demand goes 04-04 (deadline 04-18),
        // lett 0.35 × 700 = 245.00 on 04-19 (the band is the original principal, 1 000.00).
        CaseFacts facts = paidInsideTheNoticeDeadline("1078.21").build();

        List<DueStep> steps = engine.dueSteps(facts, rates, date("2025-04-20"));

        assertThat(steps).containsExactly(
                new DueStep(DueStep.Kind.PAYMENT_DEMAND_SENT, date("2025-04-04"), null, null, null),
                new DueStep(DueStep.Kind.FEE, date("2025-04-19"), CostType.LIGHT_FEE, 1L, money("245.00")));
    }

    @ParameterizedTest(name = "paid {0} on {1}")
    @CsvSource({
        // Interest 2025-03-02…04-03 = 33 days: 412 500 / 36 500 = 11.30; 1000 + 11.30 + 35 + 35 = 1081.30.
        "1081.30, 2025-04-03, false",  // the last day of the notice deadline is still in time
        // 34 days: 425 000 / 36 500 = 11.64; 1081.64. The demand went out that morning; no salær follows.
        "1081.64, 2025-04-04, true",
    })
    void paymentOnTheNoticeDeadlineDayIsInTime(String amount, String paidOn, boolean demandSent) {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-03-20")
                .recorded(CostType.COLLECTION_NOTICE_FEE, null, "2025-03-20")
                .claim(1, "1000.00", "2025-03-01", "35.00", null)
                .payment(1, amount, paidOn)
                .build();

        List<DueStep> steps = engine.dueSteps(facts, rates, date("2025-06-30"));

        assertThat(steps).extracting(DueStep::kind).containsExactlyElementsOf(demandSent
                ? List.of(DueStep.Kind.PAYMENT_DEMAND_SENT, DueStep.Kind.PAID)
                : List.of(DueStep.Kind.PAID));
        assertThat(steps).allSatisfy(step -> assertThat(step.on()).isEqualTo(date(paidOn)));
        assertThat(engine.breakdown(facts, rates, date("2025-06-30")).totalDue()).isEqualTo(money("0.00"));
    }

    /** 750.00 due 2025-02-01, notice 2025-03-03 (deadline 03-17), nothing recorded, nothing paid. */
    private static CaseBuilder unrecordedCase() {
        return CaseBuilder.noticeSentOn("2025-03-03").claim(1, "750.00", "2025-02-01");
    }

    @Test
    void dueStepsListWhatTheStageJobHasNotRecordedYet() {
        // Demand 03-18 (deadline 04-01); lett 04-02 = 0.35 × 700 = 245.00; tungt 04-30 = 490.00;
        // legal after 14 more days unpaid (05-01…05-14): 05-15.
        List<DueStep> steps = engine.dueSteps(unrecordedCase().build(), rates, date("2025-05-20"));

        assertThat(steps).extracting(DueStep::kind, DueStep::on, DueStep::feeType, DueStep::amount)
                .containsExactly(
                        tuple(DueStep.Kind.FEE, date("2025-03-03"), CostType.COLLECTION_NOTICE_FEE, money("35.00")),
                        tuple(DueStep.Kind.PAYMENT_DEMAND_SENT, date("2025-03-18"), null, null),
                        tuple(DueStep.Kind.FEE, date("2025-04-02"), CostType.LIGHT_FEE, money("245.00")),
                        tuple(DueStep.Kind.FEE, date("2025-04-30"), CostType.HEAVY_FEE, money("490.00")),
                        tuple(DueStep.Kind.LEGAL, date("2025-05-15"), null, null));
    }

    @Test
    void recordedStepsAreNotListedAgain() {
        CaseFacts facts = unrecordedCase()
                .demandSentOn("2025-03-18")
                .recorded(CostType.COLLECTION_NOTICE_FEE, null, "2025-03-03")
                .recorded(CostType.LIGHT_FEE, 1L, "2025-04-02")
                .build();

        assertThat(engine.dueSteps(facts, rates, date("2025-05-14"))).extracting(DueStep::kind, DueStep::on)
                .containsExactly(tuple(DueStep.Kind.FEE, date("2025-04-30")));
        assertThat(engine.dueSteps(facts, rates, date("2025-05-15"))).extracting(DueStep::kind, DueStep::on)
                .containsExactly(tuple(DueStep.Kind.FEE, date("2025-04-30")),
                        tuple(DueStep.Kind.LEGAL, date("2025-05-15")));
    }

    @ParameterizedTest(name = "as of {1}: {2} on {3}, adds {4}")
    @CsvSource({
        // notice,   as of,      next,           on,         adds,   provisional
        "2025-03-03, 2025-03-10, PAYMENT_DEMAND, 2025-03-18, 0.00,   false",  // inside the notice deadline (03-17)
        "2025-03-03, 2025-03-17, PAYMENT_DEMAND, 2025-03-18, 0.00,   false",  // the deadline day itself
        "2025-03-03, 2025-03-18, LIGHT_FEE,      2025-04-02, 245.00, false",  // demand deadline 04-01: 0.35 × 700
        "2025-03-03, 2025-04-01, LIGHT_FEE,      2025-04-02, 245.00, false",
        "2025-03-03, 2025-04-02, HEAVY_FEE,      2025-04-30, 245.00, false",  // tungt − lett = 490.00 − 245.00
        "2025-03-03, 2025-04-29, HEAVY_FEE,      2025-04-30, 245.00, false",
        "2025-03-03, 2025-04-30, LEGAL,          2025-05-15, ,       false",  // shown, not computed
        "2025-03-03, 2025-06-01, LEGAL,          2025-05-15, ,       false",
        // Notice 2025-11-20: demand 12-05, deadline 12-19, lett 12-20, tungt 2026-01-17 at the new sats:
        // 2 × 0.35 × 750 − 0.35 × 750 = 525.00 − 262.50 = 262.50, provisional.
        "2025-11-20, 2025-12-25, HEAVY_FEE,      2026-01-17, 262.50, true",
    })
    void theNextStepSaysWhatHappensAtTheNextDeadline(String noticeSentOn, String asOf, NextStep.Kind kind, String on,
            String adds, boolean provisional) {
        CaseFacts facts = CaseBuilder.noticeSentOn(noticeSentOn).claim(1, "750.00", "2025-02-01").build();

        NextStep next = engine.breakdown(facts, rates, date(asOf)).nextStep();

        assertThat(next.kind()).isEqualTo(kind);
        assertThat(next.on()).isEqualTo(date(on));
        assertThat(next.adds()).isEqualTo(adds == null ? null : money(adds));
        assertThat(next.provisional()).isEqualTo(provisional);
        assertThat(next.paused()).isFalse();
    }

    @Test
    void aPaidCaseHasNoNextStep() {
        CaseFacts facts = paidInsideTheNoticeDeadline("1078.22").build();

        assertThat(engine.breakdown(facts, rates, date("2025-04-10")).nextStep()).isEqualTo(NextStep.none(false));
    }

    @ParameterizedTest(name = "paused since {0}: {1}")
    @CsvSource({
        // Demand sent 03-18, deadline 04-01: lett would fall due 04-02 and tungt 04-30.
        "2025-03-25, NONE",       // objection inside the demand deadline: no salær
        "2025-04-02, NONE",       // paused on the very day lett would fall due: no salær
        "2025-04-03, LIGHT_FEE",  // lett fell due the day before the pause and stays; no tungt on 04-30
    })
    void aPausedCaseGetsNoNewCost(String pausedSince, String salaer) {
        CaseFacts facts = unrecordedCase().demandSentOn("2025-03-18").pausedSince(pausedSince).build();

        Breakdown breakdown = engine.breakdown(facts, rates, date("2025-06-15"));
        List<DueStep> steps = engine.dueSteps(facts, rates, date("2025-06-15"));

        List<FeeLine> salaerLines = breakdown.fees().stream().filter(line -> line.type().isSalaer()).toList();
        if (salaer.equals("NONE")) {
            assertThat(salaerLines).isEmpty();
            assertThat(steps).extracting(DueStep::feeType).containsExactly(CostType.COLLECTION_NOTICE_FEE);
        } else {
            assertThat(salaerLines).extracting(FeeLine::type, FeeLine::incurredOn)
                    .containsExactly(tuple(CostType.LIGHT_FEE, date("2025-04-02")));
            assertThat(steps).extracting(DueStep::feeType)
                    .containsExactly(CostType.COLLECTION_NOTICE_FEE, CostType.LIGHT_FEE);
        }
        assertThat(breakdown.nextStep()).isEqualTo(NextStep.none(true));
        // Interest keeps running while paused: 2025-02-02…06-15 = 134 days: 750 × 12.5 × 134 / 36 500 = 34.4178.
        assertThat(breakdown.interestOutstanding()).isEqualTo(money("34.42"));
    }

    @Test
    void aCasePausedDuringTheNoticePeriodSendsNoPaymentDemand() {
        CaseFacts facts = unrecordedCase().pausedSince("2025-03-10").build();

        assertThat(engine.dueSteps(facts, rates, date("2025-05-01"))).extracting(DueStep::kind)
                .containsExactly(DueStep.Kind.FEE);
    }

    /**
     * Claims 1 (1 000.00) and 2 (2 000.00), both due 2025-01-01 with 35.00 reminder fees and recorded lett salær on
     * 2025-02-19; claim 2's objection is upheld on 2025-03-10. As of 2025-03-15 claim 1 alone is owed:
     * 1000 + interest 2025-01-02…03-15 = 73 days: 1000 × 12.5 × 73 / 36 500 = 25.00, + notice fee 35.00
     * + reminder fee 35.00 + lett 0.35 × 700 = 245.00 → 1 340.00.
     */
    @Test
    void aCancelledClaimCarriesNoCostsAndDropsOut() {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-01-20")
                .demandSentOn("2025-02-04")
                .claim(1, "1000.00", "2025-01-01", "35.00", null)
                .claim(2, "2000.00", "2025-01-01", "35.00", "2025-03-10")
                .recorded(CostType.LIGHT_FEE, 1L, "2025-02-19")
                .recorded(CostType.LIGHT_FEE, 2L, "2025-02-19")
                .build();

        Breakdown breakdown = engine.breakdown(facts, rates, date("2025-03-15"));

        assertThat(breakdown.fees()).extracting(FeeLine::type, FeeLine::claimId, FeeLine::amount)
                .containsExactly(
                        tuple(CostType.COLLECTION_NOTICE_FEE, null, money("35.00")),
                        tuple(CostType.REMINDER_FEE, 1L, money("35.00")),
                        tuple(CostType.LIGHT_FEE, 1L, money("245.00")));
        assertThat(breakdown.claims()).extracting(ClaimBalance::claimId, ClaimBalance::cancelled,
                ClaimBalance::outstanding)
                .containsExactly(tuple(1L, false, money("1305.00")), tuple(2L, true, money("0.00")));
        assertThat(breakdown.totalDue()).isEqualTo(money("1340.00"));
        // The day before the decision, claim 2 was still owed in full.
        assertThat(engine.breakdown(facts, rates, date("2025-03-09")).claims().get(1).cancelled()).isFalse();
    }

    @Test
    void whenEveryClaimIsCancelledNothingIsOwedAndWhatWasPaidIsOverpaid() {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-01-20")
                .recorded(CostType.COLLECTION_NOTICE_FEE, null, "2025-01-20")
                .claim(1, "1000.00", "2025-01-01", "35.00", "2025-03-10")
                .payment(1, "100.00", "2025-02-01")
                .build();

        Breakdown breakdown = engine.breakdown(facts, rates, date("2025-03-15"));

        assertThat(breakdown.fees()).isEmpty();
        assertThat(breakdown.interest()).isEmpty();
        assertThat(breakdown.totalDue()).isEqualTo(money("0.00"));
        assertThat(breakdown.overpaid()).isEqualTo(money("100.00"));
        assertThat(breakdown.nextStep().kind()).isEqualTo(NextStep.Kind.NONE);
        assertThat(engine.dueSteps(facts, rates, date("2025-03-15"))).isEmpty();
    }

    /**
     * 1 000.00 due 2025-01-01, notice 2025-01-20, 500.00 paid 2025-02-10, lett on 2025-02-19.
     * 01-20: 1000 + interest 19 days (237 500 / 36 500 = 6.51) + notice fee 35.00 = 1041.51.
     * 02-10: interest 40 days: 500 000 / 36 500 = 13.70; owed 1048.70 − 500 = 548.70 (principal 548.70 left).
     * 02-19: + 9 days on 548.70: (500 000 + 61 728.75) / 36 500 = 15.39, so 1.69 open; + lett 245.00 = 795.39.
     * 02-20: one more day: 568 587.50 / 36 500 = 15.58, so 1.88 open: 795.58.
     */
    @Test
    void theHistoryHasAPointForEachCostPaymentAndToday() {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-01-20")
                .claim(1, "1000.00", "2025-01-01")
                .payment(1, "500.00", "2025-02-10")
                .build();

        Breakdown breakdown = engine.breakdown(facts, rates, date("2025-02-20"));

        assertThat(breakdown.history()).containsExactly(
                new BalancePoint(date("2025-01-20"), money("1041.51")),
                new BalancePoint(date("2025-02-10"), money("548.70")),
                new BalancePoint(date("2025-02-19"), money("795.39")),
                new BalancePoint(date("2025-02-20"), money("795.58")));
    }

    @Test
    void todayIsTheDateInOsloNotInUtc() {
        // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Oslo.
        Clock clock = Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneOffset.UTC);
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-12-01").claim(1, "100.00", "2025-11-01").build();

        Breakdown breakdown = new BalanceEngine(clock).breakdown(facts, rates);

        assertThat(breakdown.asOf()).isEqualTo(date("2026-01-01"));
    }
}
