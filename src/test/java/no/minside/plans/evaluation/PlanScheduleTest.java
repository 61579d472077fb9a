package no.minside.plans.evaluation;

import static no.minside.plans.evaluation.PlanRequests.date;
import static no.minside.plans.evaluation.PlanRequests.domainRates;
import static no.minside.plans.evaluation.PlanRequests.money;
import static no.minside.plans.evaluation.PlanRequests.owing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schedules worked out by hand: due dates, the split of each instalment in the allocation order, interest between
 * instalments (rounded to øre once per instalment period), the § 2-4 surcharge and the last instalment adjusted.
 */
class PlanScheduleTest {

    private static BigDecimal sum(PlanEvaluation evaluation, java.util.function.Function<Instalment, BigDecimal> of) {
        return evaluation.schedule().stream().map(of).reduce(money("0.00"), BigDecimal::add);
    }

    /** 200 costs, 10 interest, 1 000 principal at 0 %, 400 a month from 12 Mar 2026. */
    private static PlanRequests costsInterestPrincipal(AllocationOrder order) {
        return owing("1000.00").costs("200.00").interest("10.00").order(order).monthly("400.00", 10);
    }

    @Test
    void costsThenInterestThenPrincipalByDefault() {
        // 1 210 owed: 400 = 200 costs + 10 interest + 190 principal → 810 left; then 400, 400 → 10; last 10.
        PlanEvaluation evaluation = costsInterestPrincipal(AllocationOrder.COSTS_INTEREST_PRINCIPAL).evaluate();

        assertThat(evaluation.schedule())
                .extracting(Instalment::number, Instalment::dueDate, Instalment::amount, Instalment::toCosts,
                        Instalment::toInterest, Instalment::toPrincipal, Instalment::remainingAfter)
                .containsExactly(
                        tuple(1, date("2026-03-12"), money("400.00"), money("200.00"), money("10.00"),
                                money("190.00"), money("810.00")),
                        tuple(2, date("2026-04-12"), money("400.00"), money("0.00"), money("0.00"),
                                money("400.00"), money("410.00")),
                        tuple(3, date("2026-05-12"), money("400.00"), money("0.00"), money("0.00"),
                                money("400.00"), money("10.00")),
                        tuple(4, date("2026-06-12"), money("10.00"), money("0.00"), money("0.00"),
                                money("10.00"), money("0.00")));
        assertThat(evaluation.totalToPay()).isEqualTo(money("1210.00"));
        assertThat(evaluation.projectedInterest()).isEqualTo(money("0.00"));
        assertThat(evaluation.regularInstalment()).isEqualTo(money("400.00"));
        assertThat(evaluation.totalBeforePlan()).isEqualTo(money("1210.00"));
    }

    @Test
    void principalFirstLeavesCostsForTheEnd() {
        // 400, 400 → principal 200 left; third: 200 principal + 10 interest + 190 costs → 10 costs; last 10.
        PlanEvaluation evaluation = costsInterestPrincipal(AllocationOrder.PRINCIPAL_INTEREST_COSTS).evaluate();

        assertThat(evaluation.schedule())
                .extracting(Instalment::toCosts, Instalment::toInterest, Instalment::toPrincipal)
                .containsExactly(
                        tuple(money("0.00"), money("0.00"), money("400.00")),
                        tuple(money("0.00"), money("0.00"), money("400.00")),
                        tuple(money("190.00"), money("10.00"), money("200.00")),
                        tuple(money("10.00"), money("0.00"), money("0.00")));
    }

    @Test
    void interestFirstPaysTheInterestBeforeTheCosts() {
        // Waived: six instalments would otherwise add the surcharge to the costs.
        PlanEvaluation evaluation = owing("1000.00").costs("500.00").interest("10.00").surchargeWaived()
                .order(AllocationOrder.INTEREST_COSTS_PRINCIPAL).monthly("300.00", 10).evaluate();

        // 300 = 10 interest + 290 costs; 300 = 210 costs + 90 principal; then principal only.
        assertThat(evaluation.schedule().subList(0, 2))
                .extracting(Instalment::toCosts, Instalment::toInterest, Instalment::toPrincipal)
                .containsExactly(
                        tuple(money("290.00"), money("10.00"), money("0.00")),
                        tuple(money("210.00"), money("0.00"), money("90.00")));
    }

    /**
     * 10 000 at 12 % in two instalments, today 2 Mar 2026, first due 1 Apr, then 1 May.
     * 3 Mar … 1 Apr = 30 days: 10 000 × 12 × 30 / 36 500 = 98.6301 → 98.63.
     * With 5 075: 98.63 interest + 4 976.37 principal → 5 023.63 left. 2 Apr … 1 May = 30 days:
     * 5 023.63 × 360 / 36 500 = 49.5481 → 49.55, so the last instalment is 5 023.63 + 49.55 = 5 073.18 ≤ 5 075.
     * With 5 074 the last would be 5 024.63 + 49.56 (5 024.63 × 360 / 36 500 = 49.5580) = 5 074.19 > 5 074:
     * so 5 075 is the smallest whole-krone instalment.
     */
    @Test
    void aNumberOfMonthsGetsTheSmallestWholeKroneInstalmentThatClears() {
        PlanEvaluation evaluation = owing("10000.00").rate("12.00").months(2, "2026-04-01").evaluate();

        assertThat(evaluation.regularInstalment()).isEqualTo(money("5075.00"));
        assertThat(evaluation.schedule())
                .extracting(Instalment::dueDate, Instalment::amount, Instalment::toInterest, Instalment::toPrincipal,
                        Instalment::remainingAfter)
                .containsExactly(
                        tuple(date("2026-04-01"), money("5075.00"), money("98.63"), money("4976.37"),
                                money("5023.63")),
                        tuple(date("2026-05-01"), money("5073.18"), money("49.55"), money("5023.63"),
                                money("0.00")));
        assertThat(evaluation.projectedInterest()).isEqualTo(money("148.18"));
        assertThat(evaluation.totalToPay()).isEqualTo(money("10148.18"));
        assertThat(evaluation.months()).isEqualTo(2);
    }

    /**
     * 20 000 at 7 000 a month from 10 Jan 2026, today 20 Dec 2025: the rate changes from 12.25 % to 12.00 % at the
     * new year, inside the first instalment period.
     * 21 … 31 Dec = 11 days × 12.25 + 1 … 10 Jan = 10 days × 12.00: 20 000 × (134.75 + 120) / 36 500
     * = 5 095 000 / 36 500 = 139.5890 → 139.59 (summed exactly, rounded once for the period).
     * 7 000 − 139.59 = 6 860.41 principal → 13 139.59. 11 Jan … 10 Feb = 31 days:
     * 13 139.59 × 12 × 31 / 36 500 = 4 887 927.48 / 36 500 = 133.9158 → 133.92; 6 866.08 principal → 6 273.51.
     * 11 Feb … 10 Mar = 28 days: 6 273.51 × 336 / 36 500 = 2 107 899.36 / 36 500 = 57.7507 → 57.75;
     * last instalment 6 273.51 + 57.75 = 6 331.26. Interest 139.59 + 133.92 + 57.75 = 331.26.
     */
    @Test
    void interestIsPiecewiseAcrossTheHalfYearWhenTheRateChanges() {
        PlanEvaluation evaluation = owing("20000.00").today("2025-12-20").rates(domainRates())
                .monthly("7000.00", "2026-01-10").evaluate();

        assertThat(evaluation.schedule())
                .extracting(Instalment::dueDate, Instalment::amount, Instalment::toInterest, Instalment::toPrincipal,
                        Instalment::remainingAfter)
                .containsExactly(
                        tuple(date("2026-01-10"), money("7000.00"), money("139.59"), money("6860.41"),
                                money("13139.59")),
                        tuple(date("2026-02-10"), money("7000.00"), money("133.92"), money("6866.08"),
                                money("6273.51")),
                        tuple(date("2026-03-10"), money("6331.26"), money("57.75"), money("6273.51"),
                                money("0.00")));
        assertThat(evaluation.projectedInterest()).isEqualTo(money("331.26"));
        assertThat(evaluation.totalToPay()).isEqualTo(money("20331.26"));
    }

    /**
     * Costs first, so the principal stays whole while the costs are paid: 1 000 costs, 6 000 principal at 12 %,
     * 1 500 a month from 1 Apr 2026 (30 days, then 30, 31 …). First: 6 000 × 12 × 30 / 36 500 = 59.1781 → 59.18,
     * paid after 1 000 costs, 440.82 to principal → 5 559.18. Second: 5 559.18 × 360 / 36 500 = 54.8303 → 54.83.
     */
    @Test
    void interestAccruesOnlyOnThePrincipalStillOwed() {
        PlanEvaluation evaluation = owing("6000.00").costs("1000.00").rate("12.00").surchargeWaived()
                .monthly("1500.00", "2026-04-01").evaluate();

        assertThat(evaluation.schedule().subList(0, 2))
                .extracting(Instalment::toCosts, Instalment::toInterest, Instalment::toPrincipal,
                        Instalment::remainingAfter)
                .containsExactly(
                        tuple(money("1000.00"), money("59.18"), money("440.82"), money("5559.18")),
                        tuple(money("0.00"), money("54.83"), money("1445.17"), money("4114.01")));
        assertThat(sum(evaluation, Instalment::amount))
                .isEqualTo(money("7000.00").add(evaluation.projectedInterest()));
    }

    @ParameterizedTest(name = "first due {0}")
    @CsvSource({
        // today,     first due,  then …                  (plusMonths from the first date, never from the last)
        "2026-01-20, 2026-01-31, 2026-02-28, 2026-03-31",  // 31 Jan → 28 Feb → 31 Mar, not 28 Mar
        "2028-01-20, 2028-01-31, 2028-02-29, 2028-03-31",  // a leap year
        "2026-03-02, 2026-03-30, 2026-04-30, 2026-05-30",
    })
    void dueDatesKeepTheDayOfMonthOfTheFirstWherePossible(String today, String first, String second,
            String third) {
        PlanEvaluation evaluation = owing("900.00").today(today).months(3, first).evaluate();

        assertThat(evaluation.schedule()).extracting(Instalment::dueDate)
                .containsExactly(date(first), date(second), date(third));
        assertThat(evaluation.schedule()).extracting(Instalment::amount)
                .containsOnly(money("300.00"));
    }

    @ParameterizedTest(name = "{0} months, waived {1}, VAT {2}: surcharge {3}")
    @CsvSource({
        // months, waived, VAT,  surcharge, T,        instalment, last (10 000 owed at 0 %, sats 750)
        "5,        false, false, 1125.00,   11125.00, 2225.00,    2225.00",  // 1.5 × 750; 11 125 / 5 = 2 225
        "4,        false, false, 0.00,      10000.00, 2500.00,    2500.00",  // 4 instalments: no surcharge
        "5,        true,  false, 0.00,      10000.00, 2000.00,    2000.00",  // waived by the creditor
        // 1 125 × 1.25 = 1 406.25; 11 406.25 / 5 = 2 281.25 → 2 282; last 11 406.25 − 4 × 2 282 = 2 278.25
        "5,        false, true,  1406.25,   11406.25, 2282.00,    2278.25",
        "1,        false, true,  0.00,      10000.00, 10000.00,   10000.00",  // never for a deferral
    })
    void theSurchargeIsForPlansOfMoreThanFourInstalments(int months, boolean waived, boolean vat, String surcharge,
            String t, String instalment, String last) {
        PlanRequests request = owing("10000.00").sats("750.00", true, vat).months(months, 10);
        if (waived) {
            request.surchargeWaived();
        }

        PlanEvaluation evaluation = request.evaluate();

        assertThat(evaluation.surcharge()).isEqualTo(money(surcharge));
        assertThat(evaluation.surchargeProvisional()).isEqualTo(money(surcharge).signum() > 0);
        assertThat(evaluation.totalBeforePlan()).isEqualTo(money(t));
        assertThat(evaluation.regularInstalment()).isEqualTo(money(instalment));
        assertThat(evaluation.schedule().get(evaluation.months() - 1).amount()).isEqualTo(money(last));
        assertThat(evaluation.totalToPay()).isEqualTo(money(t));
        assertThat(sum(evaluation, Instalment::toCosts)).isEqualTo(money(surcharge));
    }

    @ParameterizedTest(name = "sats {0}, VAT {1}: {2}")
    @CsvSource({
        "750.00, false, 1125.00",  // 1.5 × 750
        "750.00, true,  1406.25",  // 1 125 × 1.25
        "700.00, false, 1050.00",  // 1.5 × 700
        "700.00, true,  1312.50",  // 1 050 × 1.25
        "733.33, true,  1374.99",  // 733.33 × 1.5 × 1.25 = 1 374.99375 → 1 374.99, rounded once at the end
    })
    void theSurchargeIsOneAndAHalfSatsWithVatWhenTheCreditorCannotDeductIt(String sats, boolean vat,
            String amount) {
        assertThat(new SurchargeBasis(money(sats), false, vat).amount()).isEqualTo(money(amount));
    }

    @Test
    void aMonthlyAmountGetsTheSurchargeWhenItNeedsMoreThanFourInstalments() {
        // 10 000 at 2 000 would be 5 instalments, so the surcharge applies: 11 125 → 5 × 2 000 + 1 125.
        PlanEvaluation five = owing("10000.00").monthly("2000.00", 10).evaluate();
        assertThat(five.surcharge()).isEqualTo(money("1125.00"));
        assertThat(five.schedule()).extracting(Instalment::amount).containsExactly(money("2000.00"),
                money("2000.00"), money("2000.00"), money("2000.00"), money("2000.00"), money("1125.00"));
        // The surcharge is a cost, paid first by default.
        assertThat(five.schedule().get(0).toCosts()).isEqualTo(money("1125.00"));

        // At 2 500 it is 4 instalments: no surcharge.
        PlanEvaluation four = owing("10000.00").monthly("2500.00", 10).evaluate();
        assertThat(four.surcharge()).isEqualTo(money("0.00"));
        assertThat(four.months()).isEqualTo(4);
    }

    @Test
    void aSatsThatIsNotProvisionalGivesASurchargeThatIsNot() {
        PlanEvaluation evaluation = owing("10000.00").sats("700.00", false, false).months(5, 10).evaluate();

        assertThat(evaluation.surcharge()).isEqualTo(money("1050.00"));
        assertThat(evaluation.surchargeProvisional()).isFalse();
    }

    @Test
    void aTinyBalanceClearsInFewerInstalmentsThanAsked() {
        // 3.50 in 5 months: the smallest whole-krone instalment is 1.00 (5 × 1 ≥ 3.50), and 1 + 1 + 1 + 0.50
        // clears it in 4. The schedule is those 4; without a fifth instalment there is no surcharge.
        PlanEvaluation evaluation = owing("3.50").months(5, 10).evaluate();

        assertThat(evaluation.months()).isEqualTo(4);
        assertThat(evaluation.schedule()).extracting(Instalment::amount)
                .containsExactly(money("1.00"), money("1.00"), money("1.00"), money("0.50"));
        assertThat(evaluation.surcharge()).isEqualTo(money("0.00"));
    }

    @Test
    void aMonthlyAmountThatNeverClearsGetsNoScheduleAndIsRejected() {
        // 250 000 at 12 %: about 2 466 interest a month, so 2 000 a month never pays it off.
        PlanEvaluation evaluation = owing("250000.00").rate("12.00").monthly("2000.00", 10).evaluate();

        assertThat(evaluation.clears()).isFalse();
        assertThat(evaluation.schedule()).isEmpty();
        assertThat(evaluation.months()).isZero();
        assertThat(evaluation.totalToPay()).isEqualTo(money("0.00"));
        assertThat(evaluation.regularInstalment()).isEqualTo(money("2000.00"));
        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(evaluation.failedChecks()).extracting(RuleCheck::rule).contains("MONTHS_LIMIT", "MAX_MONTHS");
        assertThat(evaluation.failedChecks().get(0).reasonEn())
                .startsWith("At NOK\u00A02,000.00 a month the debt is not paid off within 120 months.");
    }

    @Test
    void columnsAddUpToTheirTotalsOnALongPlanWithInterest() {
        PlanEvaluation evaluation = owing("118000.00").costs("2520.00").interest("1234.56").rates(domainRates())
                .today("2025-12-15").months(24, "2026-01-05").evaluate();

        assertThat(evaluation.months()).isEqualTo(24);
        assertThat(sum(evaluation, Instalment::toCosts)).isEqualTo(money("2520.00").add(evaluation.surcharge()));
        assertThat(sum(evaluation, Instalment::toInterest))
                .isEqualTo(money("1234.56").add(evaluation.projectedInterest()));
        assertThat(sum(evaluation, Instalment::toPrincipal)).isEqualTo(money("118000.00"));
        assertThat(sum(evaluation, Instalment::amount)).isEqualTo(evaluation.totalToPay())
                .isEqualTo(evaluation.totalBeforePlan().add(evaluation.projectedInterest()));
        Instalment last = evaluation.schedule().get(23);
        assertThat(last.amount()).isPositive().isLessThanOrEqualTo(evaluation.regularInstalment());
        assertThat(last.remainingAfter()).isEqualTo(money("0.00"));
    }
}
