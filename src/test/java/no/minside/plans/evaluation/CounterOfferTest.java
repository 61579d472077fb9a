package no.minside.plans.evaluation;

import static no.minside.plans.evaluation.PlanRequests.date;
import static no.minside.plans.evaluation.PlanRequests.money;
import static no.minside.plans.evaluation.PlanRequests.owing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the debtor is offered instead of a plan that is not approved: the closest number of months that would be
 * approved at once, and only when one exists. Today is 2 Mar 2026 and interest 0 % unless a test says otherwise.
 */
class CounterOfferTest {

    private final PlanEvaluator evaluator = new PlanEvaluator();

    /** The counter-offer's own evaluation is what evaluating its proposal gives, and that is approved. */
    private void assertOfferStandsOnItsOwn(PlanRequests request, PlanEvaluation evaluation) {
        CounterOffer offer = evaluation.counterOffer();
        assertThat(offer).isNotNull();
        PlanEvaluation again = evaluator.evaluate(request.build().withProposal(offer.proposal()));
        assertThat(again.decision()).isEqualTo(Decision.APPROVED);
        assertThat(again).isEqualTo(offer.evaluation());
    }

    @Test
    void belowTheMinimumIsOfferedFewerMonths() {
        // 800 at 299 a month is rejected; 3 months would be 267 (< 300), 2 months 400.
        PlanRequests request = owing("800.00").monthly("299.00", 10);
        PlanEvaluation evaluation = request.evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(evaluation.counterOffer().proposal()).isEqualTo(Proposal.ofMonths(2, date("2026-03-12")));
        assertThat(evaluation.counterOffer().evaluation().regularInstalment()).isEqualTo(money("400.00"));
        assertOfferStandsOnItsOwn(request, evaluation);
    }

    @Test
    void tooManyMonthsIsOfferedTheMaximumWithItsSurcharge() {
        // 30 000 over 24 months is over 1.5 × 12: rejected. 12 months with the surcharge: 31 125 / 12 = 2 593.75
        // → 2 594, the last 31 125 − 11 × 2 594 = 2 591.
        PlanRequests request = owing("30000.00").months(24, 10);
        PlanEvaluation evaluation = request.evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        PlanEvaluation offer = evaluation.counterOffer().evaluation();
        assertThat(offer.months()).isEqualTo(12);
        assertThat(offer.regularInstalment()).isEqualTo(money("2594.00"));
        assertThat(offer.schedule().get(11).amount()).isEqualTo(money("2591.00"));
        assertThat(offer.surcharge()).isEqualTo(money("1125.00"));
        assertThat(offer.totalToPay()).isEqualTo(money("31125.00"));
        assertOfferStandsOnItsOwn(request, evaluation);
    }

    @Test
    void aReferredPlanIsOfferedTheLongestApprovableOneToo() {
        // 13 months of 30 000 goes to a case officer; 12 would be approved at once.
        PlanRequests request = owing("30000.00").months(13, 10);
        PlanEvaluation evaluation = request.evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REFERRED);
        assertThat(evaluation.counterOffer().proposal().months()).isEqualTo(12);
        assertOfferStandsOnItsOwn(request, evaluation);
    }

    @ParameterizedTest(name = "first due today + {0}, window {1}: offered {2}")
    @CsvSource({
        // days asked, policy window, offered first due date
        "31, 30, 2026-03-16",  // outside the window: today + 14
        "-1, 30, 2026-03-16",  // yesterday: today + 14
        "40, 10, 2026-03-12",  // the creditor allows only 10 days: today + 10
    })
    void aFirstDueDateOutsideTheWindowIsMovedToTodayPlus14Days(int days, int window, String offered) {
        PlanPolicy policy = new PlanPolicy(money("300.00"), PlanPolicy.defaults("v").maximumMonths(), window, window,
                money("50000.00"), false, "window");
        PlanRequests request = owing("5000.00").policy(policy).months(4, days);
        PlanEvaluation evaluation = request.evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(evaluation.counterOffer().proposal()).isEqualTo(Proposal.ofMonths(4, date(offered)));
        assertOfferStandsOnItsOwn(request, evaluation);
    }

    @Test
    void aBudgetThatDoesNotCoverTheInstalmentIsOfferedMoreMonths() {
        // Disposable 18 724 − 5 000 − 10 724 − 1 = 2 999. 12 000 in 3 months is 4 000, in 4 months 3 000 (1 kr
        // too much). 5 months carry the surcharge: 13 125 / 5 = 2 625 ≤ 2 999, and T 13 125 allows 12 months.
        PlanRequests request = owing("12000.00").budget("18724.00", "5000.00", 1, 0, 0, 0, 0, "1.00").months(3, 10);
        PlanEvaluation evaluation = request.evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REFERRED);
        assertThat(evaluation.counterOffer().proposal().months()).isEqualTo(5);
        assertThat(evaluation.counterOffer().evaluation().regularInstalment()).isEqualTo(money("2625.00"));
        assertOfferStandsOnItsOwn(request, evaluation);
    }

    @Test
    void theSurchargePushingTOverTheCeilingIsOfferedFourInstalmentsWithoutIt() {
        // 49 000 in 12 months: + 1 125 surcharge = 50 125 > 50 000, referred. In 4 instalments there is no
        // surcharge, T stays 49 000, and 12 250 a month is approved.
        PlanRequests request = owing("49000.00").months(12, 10);
        PlanEvaluation evaluation = request.evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REFERRED);
        assertThat(evaluation.counterOffer().proposal().months()).isEqualTo(4);
        assertThat(evaluation.counterOffer().evaluation().surcharge()).isEqualTo(money("0.00"));
        assertOfferStandsOnItsOwn(request, evaluation);
    }

    @Test
    void aBudgetTooSmallEvenForTheLongestPlanGetsNoOfferButAReasonWhatToDo() {
        // Disposable 11 224 − 0 − 10 724 = 500. 40 000 + 1 125 over 12 months needs 3 428 a month
        // (41 125 / 12 = 3 427.08; 12 × 3 427 is 1 kr short).
        PlanEvaluation evaluation = owing("40000.00").budget("11224.00", "0.00", 1, 0, 0, 0, 0, "0.00")
                .months(12, 10).evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REFERRED);
        assertThat(evaluation.counterOffer()).isNull();
        RuleCheck affordable = evaluation.failedChecks().get(0);
        assertThat(affordable.rule()).isEqualTo("AFFORDABLE");
        assertThat(affordable.reasonNb()).isEqualTo("Etter budsjettet ditt har du 500,00\u00A0kr igjen i måneden, "
                + "men avdraget er 3\u00A0428,00\u00A0kr. En saksbehandler ser på planen og gir deg svar. Selv med "
                + "den lengste planen vi kan godkjenne, 12 måneder, blir avdraget 3\u00A0428,00\u00A0kr.");
        assertThat(affordable.reasonEn()).endsWith("Even with the longest plan we can approve, 12 months, the "
                + "instalment would be NOK\u00A03,428.00.");
    }

    @Test
    void aBudgetBelowTheMinimumInstalmentGetsNoOffer() {
        // Disposable 10 974 − 10 724 = 250 < 300: every plan is either below the minimum or above the budget.
        PlanEvaluation evaluation = owing("2000.00").budget("10974.00", "0.00", 1, 0, 0, 0, 0, "0.00")
                .monthly("250.00", 10).evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(evaluation.counterOffer()).isNull();
        assertThat(evaluation.checks().get(PlanRule.AFFORDABLE.ordinal()).reasonEn())
                .contains("Contact us, and a case officer will find a solution with you.");
    }

    @Test
    void aTinyBalanceAskedInMonthsIsOfferedOnePayment() {
        // 3.50 in 5 months is 1 + 1 + 1 + 0.50, below the minimum; one payment of 3.50 is fine.
        PlanRequests request = owing("3.50").months(5, 10);
        PlanEvaluation evaluation = request.evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(evaluation.counterOffer().proposal()).isEqualTo(Proposal.deferral(date("2026-03-12")));
        assertThat(evaluation.counterOffer().evaluation().deferral()).isTrue();
        assertOfferStandsOnItsOwn(request, evaluation);
    }

    @Test
    void aPlanThatNeverClearsIsOfferedTheLongestApprovable() {
        // 40 000 at 12 %: 300 a month hardly covers the interest (about 395 a month). T with the surcharge 41 125
        // allows 12 months.
        PlanRequests request = owing("40000.00").rate("12.00").monthly("300.00", 10);
        PlanEvaluation evaluation = request.evaluate();

        assertThat(evaluation.clears()).isFalse();
        assertThat(evaluation.counterOffer().proposal().months()).isEqualTo(12);
        assertOfferStandsOnItsOwn(request, evaluation);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "open objection",
        "legal stage",
        "broken plan",
        "over the ceiling",
    })
    void noOfferWhenNoPlanCanBeApprovedAtOnce(String why) {
        PlanRequests request = owing(why.equals("over the ceiling") ? "60000.00" : "5000.00").months(4, 40);
        switch (why) {
            case "open objection" -> request.openObjection();
            case "legal stage" -> request.legalStage();
            case "broken plan" -> request.pastPlan(PlanKind.PLAN, true, "2025-12-01");
            default -> { }
        }

        PlanEvaluation evaluation = request.evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.REJECTED);
        assertThat(evaluation.counterOffer()).isNull();
    }

    @Test
    void anApprovedPlanHasNoOffer() {
        PlanEvaluation evaluation = owing("5000.00").months(4, 10).evaluate();

        assertThat(evaluation.decision()).isEqualTo(Decision.APPROVED);
        assertThat(evaluation.counterOffer()).isNull();
    }

    @Test
    void theOfferIsTheClosestToWhatWasAskedWithFewerMonthsOnATie() {
        // 30 000 over 20 months (rejected: 1.5 × 12 = 18) → 12, the closest approvable. Asked 12 with a bad date:
        // 12 itself.
        assertThat(owing("30000.00").months(20, 10).evaluate().counterOffer().proposal().months()).isEqualTo(12);
        assertThat(owing("30000.00").months(12, 45).evaluate().counterOffer().proposal().months()).isEqualTo(12);
    }
}
