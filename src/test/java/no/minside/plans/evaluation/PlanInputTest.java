package no.minside.plans.evaluation;

import static no.minside.plans.evaluation.PlanRequests.date;
import static no.minside.plans.evaluation.PlanRequests.money;
import static no.minside.plans.evaluation.PlanRequests.owing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input the web edge should never let through is refused with a message that says what is wrong, instead of an
 * odd plan; and the core's formats read as the pages' own.
 */
class PlanInputTest {

    private static final BigDecimal ZERO = money("0.00");

    static Stream<Arguments> invalidInput() {
        return Stream.of(
                invalid("both monthly amount and months", "exactly one",
                        () -> new Proposal(money("500.00"), 3, PlanRequests.TODAY)),
                invalid("neither monthly amount nor months", "exactly one",
                        () -> new Proposal(null, null, PlanRequests.TODAY)),
                invalid("months 0", "months must be 1 … 120", () -> Proposal.ofMonths(0, PlanRequests.TODAY)),
                invalid("months 121", "months must be 1 … 120", () -> Proposal.ofMonths(121, PlanRequests.TODAY)),
                invalid("monthly amount 0", "monthlyAmount must be positive",
                        () -> Proposal.ofMonthlyAmount(ZERO, PlanRequests.TODAY)),
                invalid("negative monthly amount", "monthlyAmount must be positive",
                        () -> Proposal.ofMonthlyAmount(money("-1.00"), PlanRequests.TODAY)),
                invalid("fraction of an øre", "must be whole øre",
                        () -> Proposal.ofMonthlyAmount(money("500.005"), PlanRequests.TODAY)),
                invalid("no first due date", "firstDueDate is required", () -> Proposal.ofMonths(3, null)),
                invalid("no proposal", "proposal is required", () -> owing("100.00").build()),
                invalid("negative principal", "principalOutstanding must not be negative",
                        () -> new OpeningBalance(ZERO, ZERO, money("-5.00"))),
                invalid("null costs", "costsOutstanding is required",
                        () -> new OpeningBalance(null, ZERO, money("5.00"))),
                invalid("nothing owed", "nothing is owed", () -> new OpeningBalance(ZERO, ZERO, ZERO)),
                invalid("a billion kroner", "unreasonably large",
                        () -> new OpeningBalance(ZERO, ZERO, money("1000000000.01"))),
                invalid("negative rate", "percent must be 0 … 100",
                        () -> new RatePeriod(PlanRequests.TODAY, null, money("-1"))),
                invalid("rate with five decimals", "at most 4 decimals",
                        () -> new RatePeriod(PlanRequests.TODAY, null, money("12.00001"))),
                invalid("rate period backwards", "before it starts",
                        () -> new RatePeriod(date("2026-02-01"), date("2026-01-31"), money("12"))),
                invalid("gap between rates", "without gap or overlap", () -> owing("100.00").rates(List.of(
                        new RatePeriod(date("2026-01-01"), date("2026-06-30"), money("12")),
                        new RatePeriod(date("2026-07-02"), null, money("12")))).months(2, 1).build()),
                invalid("overlapping rates", "without gap or overlap", () -> owing("100.00").rates(List.of(
                        new RatePeriod(date("2026-01-01"), date("2026-06-30"), money("12")),
                        new RatePeriod(date("2026-06-30"), null, money("12")))).months(2, 1).build()),
                invalid("rates closed at the end", "must be open", () -> owing("100.00").rates(List.of(
                        new RatePeriod(date("2026-01-01"), date("2026-12-31"), money("12")))).months(2, 1).build()),
                invalid("rates starting after tomorrow", "no rate for 2026-03-03", () -> owing("100.00").rates(
                        List.of(new RatePeriod(date("2026-04-01"), null, money("12")))).months(2, 1).build()),
                invalid("no rates for a principal", "rates are required",
                        () -> owing("100.00").rates(List.of()).months(2, 1).build()),
                invalid("adults 0", "at least one adult",
                        () -> new Budget(ZERO, ZERO, 0, 0, 0, 0, 0, ZERO)),
                invalid("negative children", "must not be negative",
                        () -> new Budget(ZERO, ZERO, 1, -1, 0, 0, 0, ZERO)),
                invalid("negative income", "netIncome must not be negative",
                        () -> new Budget(money("-1.00"), ZERO, 1, 0, 0, 0, 0, ZERO)),
                invalid("budget without allowances", "livingAllowances are required", () -> new PlanRequest(
                        PlanRequests.TODAY, new OpeningBalance(ZERO, ZERO, money("100.00")),
                        List.of(new RatePeriod(date("2020-01-01"), null, ZERO)), null, CaseSituation.clean(),
                        PlanPolicy.defaults("v"), new SurchargeBasis(money("750.00"), false, false),
                        Proposal.ofMonths(2, PlanRequests.TODAY), new Budget(ZERO, ZERO, 1, 0, 0, 0, 0, ZERO), null)),
                invalid("no history list", "history is required", () -> new CaseSituation(false, false, null)),
                invalid("broken in the future", "after today",
                        () -> owing("100.00").pastPlan(PlanKind.PLAN, true, "2026-03-03").months(2, 1).build()),
                invalid("sats 0", "inkassosats must be positive",
                        () -> new SurchargeBasis(ZERO, false, false)),
                invalid("policy without version", "policyVersion is required",
                        () -> PlanPolicy.defaults(" ")),
                invalid("policy with a closed last band", "only the last band",
                        () -> new PlanPolicy(money("300.00"), List.of(new MonthsBand(money("100.00"), 3)), 30, 30,
                                money("50000.00"), false, "v")),
                invalid("policy bands out of order", "increasing order", () -> new PlanPolicy(money("300.00"),
                        List.of(new MonthsBand(money("100.00"), 3), new MonthsBand(money("50.00"), 6),
                                new MonthsBand(null, 12)), 30, 30, money("50000.00"), false, "v")),
                invalid("first due date 11 years away", "more than 10 years",
                        () -> owing("100.00").months(2, "2037-04-01").evaluate()),
                invalid("no request", "request is required", () -> new PlanEvaluator().evaluate(null)));
    }

    private static Arguments invalid(String what, String message, ThrowingCallable call) {
        return Arguments.of(what, message, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInput")
    void invalidInputIsRefusedWithAMessage(String what, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aMissingAllocationOrderMeansTheDefault() {
        PlanRequest request = owing("100.00").order(null).months(1, 1).build();

        assertThat(request.allocationOrder()).isEqualTo(AllocationOrder.COSTS_INTEREST_PRINCIPAL);
    }

    @Test
    void amountsAndDatesReadLikeThePages() {
        assertThat(Wording.nb(123_450L)).isEqualTo("1\u00A0234,50\u00A0kr");
        assertThat(Wording.en(123_450L)).isEqualTo("NOK\u00A01,234.50");
        assertThat(Wording.nb(5L)).isEqualTo("0,05\u00A0kr");
        assertThat(Wording.en(100_000_000_000L)).isEqualTo("NOK\u00A01,000,000,000.00");
        assertThat(Wording.nb(-172_400L)).isEqualTo("\u22121\u00A0724,00\u00A0kr");
        assertThat(Wording.nb(date("2026-12-02"))).isEqualTo("2.12.2026");
        assertThat(Wording.en(date("2026-12-02"))).isEqualTo("2 Dec 2026");
        assertThat(Wording.en(date("2026-09-30"))).isEqualTo("30 Sep 2026");
    }
}
