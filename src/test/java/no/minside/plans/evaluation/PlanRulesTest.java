package no.minside.plans.evaluation;

import static no.minside.plans.evaluation.PlanRequests.date;
import static no.minside.plans.evaluation.PlanRequests.money;
import static no.minside.plans.evaluation.PlanRequests.owing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every payment-plan rule of DOMAIN.md at its edges, with the decision it leads to. Interest is 0 % unless a test
 * says otherwise, so each row's arithmetic is the rule's alone; today is 2 Mar 2026.
 */
class PlanRulesTest {

    private static RuleCheck check(PlanEvaluation evaluation, PlanRule rule) {
        return evaluation.checks().stream().filter(check -> check.rule().equals(rule.name())).findFirst()
                .orElseThrow();
    }

    @Test
    void everyRuleIsReportedInTheSameOrderWithReasonsInBothLanguages() {
        PlanEvaluation evaluation = owing("5000.00").months(4, 10).evaluate();

        assertThat(evaluation.checks()).extracting(RuleCheck::rule)
                .containsExactly(Arrays.stream(PlanRule.values()).map(Enum::name).toArray(String[]::new));
        assertThat(evaluation.checks()).allSatisfy(check -> {
            assertThat(check.passed()).isTrue();
            assertThat(check.reasonNb()).isNotBlank().isNotEqualTo(check.reasonEn());
            assertThat(check.reasonEn()).isNotBlank();
        });
        assertThat(evaluation.decision()).isEqualTo(Decision.APPROVED);
        assertThat(evaluation.counterOffer()).isNull();
        assertThat(evaluation.policyVersion()).isEqualTo("test-1");
    }

    @ParameterizedTest(name = "owing {0} at {1} a month: {2}")
    @CsvSource({
        // owed,  monthly, decision, passed, instalments
        "800.00,  299.00,  REJECTED, false, 3",  // 299 + 299 + 202 = 800: within 3 months, but 299 < 300
        "800.00,  300.00,  APPROVED, true,  3",  // 300 + 300 + 200 = 800: only the last one is smaller
        "250.00,  250.00,  APPROVED, true,  1",  // one payment of everything: 250 < 300 is fine
        "250.00,  299.00,  APPROVED, true,  1",  // asks 299 a month, but one payment of 250 clears it
        "299.00,  200.00,  REJECTED, false, 2",  // 200 + 99: two instalments, both below the minimum
        "600.00,  300.00,  APPROVED, true,  2",  // 300 + 300: exactly the minimum
    })
    void eachInstalmentIsAtLeastTheMinimumUnlessOnePaymentClearsEverything(String owed, String monthly,
            Decision decision, boolean passed, int instalments) {
        PlanEvaluation evaluation = owing(owed).monthly(monthly, 10).evaluate();

        assertThat(evaluation.decision()).isEqualTo(decision);
        assertThat(check(evaluation, PlanRule.MIN_INSTALMENT).passed()).isEqualTo(passed);
        assertThat(evaluation.months()).isEqualTo(instalments);
        assertThat(evaluation.failedChecks()).extracting(RuleCheck::rule)
                .containsExactlyElementsOf(passed ? java.util.List.of() : java.util.List.of("MIN_INSTALMENT"));
    }

    @Test
    void aMinimumSetByTheCreditorIsUsedInsteadOfTheDefault() {
        // 800 / 3 → 267 a month (267 + 267 + 266): below 300, but the creditor accepts 250.
        PlanRequests request = owing("800.00").months(3, 10);
        assertThat(request.evaluate().decision()).isEqualTo(Decision.REJECTED);

        PlanEvaluation evaluation = request.policy(PlanPolicy.defaults("low-min")
                .withMinimumInstalment(money("250.00"))).evaluate();

        assertThat(evaluation.regularInstalment()).isEqualTo(money("267.00"));
        assertThat(evaluation.decision()).isEqualTo(Decision.APPROVED);
        assertThat(check(evaluation, PlanRule.MIN_INSTALMENT).reasonNb())
                .isEqualTo("Avdraget på 267,00\u00A0kr er minst 250,00\u00A0kr.");
        assertThat(evaluation.policyVersion()).isEqualTo("low-min");
    }

    @ParameterizedTest(name = "T {0}: at most {1} months")
    @CsvSource({
        // T (two instalments carry no surcharge, so T is the balance), maximum months
        "50.00,     3",
        "2500.00,   3",   // ≤ 2 500: 3
        "2500.01,   6",
        "10000.00,  6",   // ≤ 10 000: 6
        "10000.01,  12",
        "50000.00,  12",  // ≤ 50 000: 12
        "50000.01,  24",
        "250000.00, 24",  // ≤ 250 000: 24
        "250000.01, 36",  // above: 36
    })
    void theMaximumMonthsFollowTheBandOfT(String t, int maximum) {
        PlanEvaluation evaluation = owing(t).months(2, 10).evaluate();

        assertThat(evaluation.totalBeforePlan()).isEqualTo(money(t));
        assertThat(evaluation.maximumMonths()).isEqualTo(maximum);
        assertThat(PlanPolicy.defaults("v").maximumMonthsFor(money(t))).isEqualTo(maximum);
    }

    @Test
    void aCreditorsMonthsReplaceTheAgencysBandByBand() {
        PlanPolicy own = PlanPolicy.defaults("creditor-7").withMaximumMonths(java.util.List.of(6, 6, 18, 24, 48));

        assertThat(own.maximumMonthsFor(money("2000.00"))).as("≤ 2 500: 6 instead of 3").isEqualTo(6);
        assertThat(own.maximumMonthsFor(money("40000.00"))).isEqualTo(18);
        assertThat(own.maximumMonthsFor(money("300000.00"))).isEqualTo(48);
        assertThat(own.maximumMonths()).extracting(MonthsBand::upTo)
                .isEqualTo(PlanPolicy.defaults("v").maximumMonths().stream().map(MonthsBand::upTo).toList());
        assertThat(owing("2000.00").months(4, 10).evaluate().decision()).as("the agency: 4 > 3 months")
                .isNotEqualTo(Decision.APPROVED);
        assertThat(owing("2000.00").policy(own).months(4, 10).evaluate().decision()).isEqualTo(Decision.APPROVED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> own.withMaximumMonths(java.util.List.of(3, 6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "T {0} over {1} months: {2}")
    @CsvSource({
        // T (surcharge waived), months, decision, MAX_MONTHS passed, MONTHS_LIMIT passed
        "2000.00,   3,  APPROVED, true,  true",   // max 3
        "2000.00,   4,  REFERRED, false, true",   // 1.5 × 3 = 4.5 → 4: over by at most 50 %; 500 a month
        "2000.00,   5,  REJECTED, false, false",  // 5 > 4; 400 a month is above the minimum
        "8000.00,   6,  APPROVED, true,  true",   // max 6
        "8000.00,   9,  REFERRED, false, true",   // 1.5 × 6 = 9 exactly; 889 a month
        "8000.00,   10, REJECTED, false, false",  // 9 + 1
        "30000.00,  18, REFERRED, false, true",   // 1.5 × 12 = 18
        "30000.00,  19, REJECTED, false, false",
        "100000.00, 36, REFERRED, false, true",   // 1.5 × 24 = 36 (and T > 50 000 refers anyway)
        "100000.00, 37, REJECTED, false, false",
        "300000.00, 54, REFERRED, false, true",   // 1.5 × 36 = 54
        "300000.00, 55, REJECTED, false, false",
    })
    void upToOneAndAHalfTimesTheMaximumGoesToACaseOfficerAndLongerIsRejected(String t, int months,
            Decision decision, boolean withinMaximum, boolean withinLimit) {
        PlanEvaluation evaluation = owing(t).surchargeWaived().months(months, 10).evaluate();

        assertThat(evaluation.months()).isEqualTo(months);
        assertThat(evaluation.decision()).isEqualTo(decision);
        assertThat(check(evaluation, PlanRule.MAX_MONTHS).passed()).isEqualTo(withinMaximum);
        assertThat(check(evaluation, PlanRule.MONTHS_LIMIT).passed()).isEqualTo(withinLimit);
        assertThat(check(evaluation, PlanRule.MIN_INSTALMENT).passed()).isTrue();
    }

    @Test
    void theSurchargeCountsForTheBandOfT() {
        // 9 500 + 1 125 surcharge (7 instalments > 4) = 10 625 > 10 000: up to 12 months, so 7 is fine.
        PlanEvaluation withSurcharge = owing("9500.00").months(7, 10).evaluate();
        assertThat(withSurcharge.totalBeforePlan()).isEqualTo(money("10625.00"));
        assertThat(withSurcharge.maximumMonths()).isEqualTo(12);
        assertThat(withSurcharge.decision()).isEqualTo(Decision.APPROVED);

        // Waived, T stays 9 500 ≤ 10 000: at most 6 months, and 7 ≤ 1.5 × 6 = 9 goes to a case officer.
        PlanEvaluation waived = owing("9500.00").surchargeWaived().months(7, 10).evaluate();
        assertThat(waived.totalBeforePlan()).isEqualTo(money("9500.00"));
        assertThat(waived.maximumMonths()).isEqualTo(6);
        assertThat(waived.decision()).isEqualTo(Decision.REFERRED);
    }

    @ParameterizedTest(name = "T {0}: {1}")
    @CsvSource({
        // owed, decision (4 instalments: no surcharge, so T is what is owed)
        "50000.00, APPROVED",  // at the ceiling: still approved at once; 12 500 a month
        "50000.01, REFERRED",  // 1 øre over
        "80000.00, REFERRED",
    })
    void aTotalOverTheCeilingGoesToACaseOfficer(String owed, Decision decision) {
        PlanEvaluation evaluation = owing(owed).months(4, 10).evaluate();

        assertThat(evaluation.decision()).isEqualTo(decision);
        RuleCheck ceiling = check(evaluation, PlanRule.AUTO_APPROVE_CEILING);
        assertThat(ceiling.passed()).isEqualTo(decision == Decision.APPROVED);
        if (decision == Decision.REFERRED) {
            // No plan for this T can be approved at once, so there is nothing to offer instead.
            assertThat(evaluation.counterOffer()).isNull();
            assertThat(ceiling.reasonNb()).contains("kan vi ikke godkjenne en plan med en gang")
                    .endsWith("En saksbehandler ser på planen og gir deg svar.");
            assertThat(ceiling.reasonEn()).contains("we cannot approve a plan straight away");
        }
    }

    @Test
    void aCreditorMayRaiseTheCeiling() {
        PlanEvaluation evaluation = owing("80000.00").months(4, 10)
                .policy(PlanPolicy.defaults("big").withAutoApproveCeiling(money("100000.00"))).evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.APPROVED);
    }

    @ParameterizedTest(name = "broken {0} (this case: {1}): {2}")
    @CsvSource({
        // broken on, on this case, decision (today 2026-03-02; counts when after 2025-03-02)
        "2025-04-02, true,  REFERRED",  // 11 months ago
        "2025-03-03, true,  REFERRED",  // one day short of 12 months
        "2025-03-02, true,  APPROVED",  // exactly 12 months ago: no longer "in the last 12 months"
        "2025-02-02, true,  APPROVED",  // 13 months ago
        "2025-10-15, false, REFERRED",  // on another of the debtor's cases: it still counts
        ",           true,  APPROVED",  // a plan that was kept
    })
    void aPlanBrokenInTheLast12MonthsGoesToACaseOfficer(String brokenOn, boolean onThisCase, Decision decision) {
        PlanEvaluation evaluation = owing("5000.00").pastPlan(PlanKind.PLAN, onThisCase, brokenOn)
                .months(4, 10).evaluate();

        assertThat(evaluation.decision()).isEqualTo(decision);
        RuleCheck broken = check(evaluation, PlanRule.BROKEN_PLAN);
        assertThat(broken.passed()).isEqualTo(decision == Decision.APPROVED);
        if (!broken.passed()) {
            assertThat(broken.reasonNb()).contains("brutt " + Wording.nb(date(brokenOn)));
            assertThat(evaluation.counterOffer()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // household | net | housing | adults | 0-5 | 6-10 | 11-14 | 15+ | other debts | disposable | decision
        // 18 724 − 5 000 − 10 724 = 3 000: exactly the instalment (12 000 / 4) is affordable
        "single, exactly the instalment | 18724.00 | 5000.00  | 1 | 0 | 0 | 0 | 0 | 0.00    | 3000.00  | APPROVED",
        // 18 723 − 5 000 − 10 724 = 2 999: 1 kr short
        "single, 1 kr short             | 18723.00 | 5000.00  | 1 | 0 | 0 | 0 | 0 | 0.00    | 2999.00  | REFERRED",
        // 2 × 9 082 + 3 432 + 5 747 = 27 343; 45 000 − 12 000 − 27 343 − 2 000 = 3 657
        "couple, children 0-5 and 11-14 | 45000.00 | 12000.00 | 2 | 1 | 0 | 1 | 0 | 2000.00 | 3657.00  | APPROVED",
        // 2 × 9 082 + 4 553 + 6 611 = 29 328; 40 000 − 10 000 − 29 328 = 672
        "couple, children 6-10 and 15+  | 40000.00 | 10000.00 | 2 | 0 | 1 | 0 | 1 | 0.00    | 672.00   | REFERRED",
        // 3 × 9 082 = 27 246; 40 000 − 9 000 − 27 246 − 754 = 3 000
        "three adults                   | 40000.00 | 9000.00  | 3 | 0 | 0 | 0 | 0 | 754.00  | 3000.00  | APPROVED",
        // 15 000 − 6 000 − 10 724 = −1 724: the budget does not even cover living costs
        "single, below living costs     | 15000.00 | 6000.00  | 1 | 0 | 0 | 0 | 0 | 0.00    | -1724.00 | REFERRED",
    })
    void theInstalmentMustFitTheBudgetWhenOneIsGiven(String household, String net, String housing, int adults,
            int c0to5, int c6to10, int c11to14, int c15plus, String otherDebts, String disposable,
            Decision decision) {
        PlanEvaluation evaluation = owing("12000.00")
                .budget(net, housing, adults, c0to5, c6to10, c11to14, c15plus, otherDebts)
                .months(4, 10).evaluate();

        assertThat(evaluation.regularInstalment()).isEqualTo(money("3000.00"));
        assertThat(evaluation.disposableIncome()).isEqualTo(money(disposable));
        assertThat(evaluation.decision()).isEqualTo(decision);
        assertThat(check(evaluation, PlanRule.AFFORDABLE).passed()).isEqualTo(decision == Decision.APPROVED);
    }

    @Test
    void withoutABudgetAffordabilityIsNotChecked() {
        PlanEvaluation evaluation = owing("12000.00").months(4, 10).evaluate();

        assertThat(evaluation.disposableIncome()).isNull();
        RuleCheck affordable = check(evaluation, PlanRule.AFFORDABLE);
        assertThat(affordable.passed()).isTrue();
        assertThat(affordable.reasonEn()).contains("did not add a budget");
    }

    @Test
    void provisionalLivingAllowancesAreSaidToBeProvisional() {
        LivingAllowances provisional = new LivingAllowances(money("10724.00"), money("9082.00"), money("3432.00"),
                money("4553.00"), money("5747.00"), money("6611.00"), true);

        PlanEvaluation evaluation = owing("12000.00").allowances(provisional)
                .budget("18724.00", "5000.00", 1, 0, 0, 0, 0, "0.00").months(4, 10).evaluate();

        assertThat(check(evaluation, PlanRule.AFFORDABLE).reasonNb())
                .endsWith("Satsene for livsopphold er foreløpige.");
    }

    @Test
    void anOpenObjectionRejectsAndNothingIsOffered() {
        PlanEvaluation evaluation = owing("5000.00").openObjection().months(4, 10).evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(evaluation.counterOffer()).isNull();
        RuleCheck objection = check(evaluation, PlanRule.OPEN_OBJECTION);
        assertThat(objection.passed()).isFalse();
        assertThat(objection.reasonNb()).contains("Vent på svaret vårt");
        assertThat(objection.reasonEn()).contains("Wait for our answer");
        // The schedule is still worked out, so the page can show what the plan would have been.
        assertThat(evaluation.schedule()).hasSize(4);
    }

    @Test
    void aCaseInTheLegalStageRejectsAndNothingIsOffered() {
        PlanEvaluation evaluation = owing("5000.00").legalStage().months(4, 10).evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(evaluation.counterOffer()).isNull();
        assertThat(check(evaluation, PlanRule.LEGAL_STAGE).reasonEn()).contains("Contact us");
    }

    @ParameterizedTest(name = "first due today + {0}: {1}")
    @CsvSource({
        "0,  APPROVED",  // today itself
        "30, APPROVED",  // 2026-04-01: the last day of the window
        "31, REJECTED",  // 2026-04-02
        "-1, REJECTED",  // yesterday
    })
    void theFirstInstalmentFallsDueWithin30DaysFromToday(int days, Decision decision) {
        PlanEvaluation evaluation = owing("5000.00").months(4, days).evaluate();

        assertThat(evaluation.decision()).isEqualTo(decision);
        RuleCheck firstDue = check(evaluation, PlanRule.FIRST_DUE_DATE);
        assertThat(firstDue.passed()).isEqualTo(decision == Decision.APPROVED);
        if (days == 31) {
            assertThat(firstDue.reasonNb()).isEqualTo("Første forfallsdato, 2.4.2026, er mer enn 30 dager fram i "
                    + "tid. Velg en dato fra i dag til 1.4.2026.");
            assertThat(firstDue.reasonEn()).isEqualTo("The first due date, 2 Apr 2026, is more than 30 days away. "
                    + "Choose a date from today to 1 Apr 2026.");
        }
        if (days == -1) {
            assertThat(firstDue.reasonEn()).contains("has already passed").contains("2 Mar 2026");
        }
    }

    @Test
    void aDeferralIsOneInstalmentOfEverythingWithoutSurcharge() {
        // 5 000 at 12 % for 20 days (3 Mar … 22 Mar): 5 000 × 12 × 20 / 36 500 = 32.8767 → 32.88.
        PlanEvaluation evaluation = owing("5000.00").rate("12.00").months(1, 20).evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.APPROVED);
        assertThat(evaluation.deferral()).isTrue();
        assertThat(evaluation.schedule()).singleElement().satisfies(instalment -> {
            assertThat(instalment.dueDate()).isEqualTo(date("2026-03-22"));
            assertThat(instalment.amount()).isEqualTo(money("5032.88"));
            assertThat(instalment.toInterest()).isEqualTo(money("32.88"));
            assertThat(instalment.remainingAfter()).isEqualTo(money("0.00"));
        });
        assertThat(evaluation.regularInstalment()).isEqualTo(money("5032.88"));
        assertThat(evaluation.surcharge()).isEqualTo(money("0.00"));
        assertThat(evaluation.surchargeProvisional()).isFalse();
        assertThat(check(evaluation, PlanRule.DEFERRAL_ONCE).reasonEn())
                .isEqualTo("You have not had a deferral on this case before.");
    }

    @Test
    void aSecondDeferralOnTheSameCaseIsRejectedAndAPlanIsOfferedInstead() {
        PlanEvaluation evaluation = owing("5000.00").pastPlan(PlanKind.DEFERRAL, true, null).months(1, 20)
                .evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(check(evaluation, PlanRule.DEFERRAL_ONCE).passed()).isFalse();
        assertThat(evaluation.counterOffer()).isNotNull();
        // Closest to one instalment that is not a deferral: two of 2 500, from the date asked for.
        assertThat(evaluation.counterOffer().proposal()).isEqualTo(Proposal.ofMonths(2, date("2026-03-22")));
        assertThat(evaluation.counterOffer().evaluation().regularInstalment()).isEqualTo(money("2500.00"));
    }

    @Test
    void aMonthlyAmountThatPaysEverythingAtOnceIsADeferralToo() {
        PlanEvaluation evaluation = owing("5000.00").pastPlan(PlanKind.DEFERRAL, true, null)
                .monthly("6000.00", 20).evaluate();

        assertThat(evaluation.deferral()).isTrue();
        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(check(evaluation, PlanRule.DEFERRAL_ONCE).passed()).isFalse();
    }

    @Test
    void aDeferralOnAnotherCaseDoesNotCount() {
        PlanEvaluation evaluation = owing("5000.00").pastPlan(PlanKind.DEFERRAL, false, null).months(1, 20)
                .evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.APPROVED);
    }

    @Test
    void aDeferralFurtherOutThanItsWindowIsRejectedAndOfferedWithinIt() {
        PlanPolicy policy = new PlanPolicy(money("300.00"), PlanPolicy.defaults("v").maximumMonths(), 30, 14,
                money("50000.00"), false, "short-deferral");

        PlanEvaluation evaluation = owing("5000.00").policy(policy).months(1, 20).evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(evaluation.failedChecks()).extracting(RuleCheck::rule).containsExactly("DEFERRAL_WINDOW");
        assertThat(check(evaluation, PlanRule.DEFERRAL_WINDOW).reasonNb())
                .isEqualTo("En betalingsutsettelse kan vare i høyst 14 dager. Velg en dato senest 16.3.2026.");
        assertThat(evaluation.counterOffer().proposal()).isEqualTo(Proposal.deferral(date("2026-03-16")));
        // The same 20 days as a plan of two instalments is fine: the deferral window is for deferrals only.
        assertThat(owing("5000.00").policy(policy).months(2, 20).evaluate().decision()).isEqualTo(Decision.APPROVED);
    }

    @Test
    void referralReasonsSayWhoDecidesNextWhenTheProposalIsRejectedAnyway() {
        // 60 000 in 4 × 15 000 is over the ceiling (refer), and a first date 40 days out rejects it.
        PlanEvaluation evaluation = owing("60000.00").months(4, 40).evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(check(evaluation, PlanRule.AUTO_APPROVE_CEILING).reasonEn())
                .endsWith("Send a plan that follows the other rules, and a case officer will look at it.");
    }
}
