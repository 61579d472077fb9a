package no.minside.fees;

import static no.minside.fees.CaseBuilder.date;
import static no.minside.fees.CaseBuilder.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How payments are allocated: at their date, the notice fee first, oldest claim first, in the creditor's order. */
class PaymentAllocationTest {

    private final BalanceEngine engine = new BalanceEngine(Clock.systemUTC());

    /**
     * 1 000.00 due 2025-01-01 with a 35.00 reminder fee, notice 2025-02-01 (fee 35.00), 60.00 paid 2025-02-05.
     * Interest to the payment: 2025-01-02…02-05 = 35 days: 1000 × 12.5 × 35 / 36 500 = 11.9863 → 11.99.
     * Owed then: 1000 + 11.99 + 35 + 35 = 1081.99, so 1021.99 is left whatever the order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // order,                  costs, interest, principal | outstanding: principal, interest, fees
        // notice fee 35.00, then reminder fee 25.00 of 35.00
        "COSTS_INTEREST_PRINCIPAL, 60.00, 0.00,     0.00,       1000.00, 11.99, 10.00",
        // notice fee 35.00 (case level first), interest 11.99, reminder fee 13.01
        "INTEREST_COSTS_PRINCIPAL, 48.01, 11.99,    0.00,       1000.00, 0.00,  21.99",
        // notice fee 35.00 (case level first), principal 25.00
        "PRINCIPAL_INTEREST_COSTS, 35.00, 0.00,     25.00,      975.00,  11.99, 35.00",
    })
    void aPartialPaymentFollowsTheCreditorsOrder(AllocationOrder order, String toCosts, String toInterest,
            String toPrincipal, String principalLeft, String interestLeft, String feesLeft) {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-02-01")
                .order(order)
                .claim(1, "1000.00", "2025-01-01", "35.00", null)
                .payment(1, "60.00", "2025-02-05")
                .build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-02-05"));

        assertThat(breakdown.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.toCosts()).isEqualTo(money(toCosts));
            assertThat(payment.toInterest()).isEqualTo(money(toInterest));
            assertThat(payment.toPrincipal()).isEqualTo(money(toPrincipal));
            assertThat(payment.overpaid()).isEqualTo(money("0.00"));
        });
        assertThat(breakdown.principalOutstanding()).isEqualTo(money(principalLeft));
        assertThat(breakdown.interestOutstanding()).isEqualTo(money(interestLeft));
        assertThat(breakdown.feesOutstanding()).isEqualTo(money(feesLeft));
        assertThat(breakdown.totalDue()).isEqualTo(money("1021.99"));
    }

    /**
     * Claim 7: 300.00 due 2025-01-05; claims 3 and 5: 400.00 and 200.00 due 2025-01-10. 600.00 paid 2025-01-20,
     * before the notice (so no costs yet). Claim 7 first (oldest): interest 2025-01-06…20 = 15 days:
     * 300 × 12.5 × 15 / 36 500 = 1.5411 → 1.54, then 300.00; 298.46 left. Claim 3 before 5 (same day, lower id):
     * interest 2025-01-11…20 = 10 days: 400 × 12.5 × 10 / 36 500 = 1.3699 → 1.37, then 297.09 of its principal.
     */
    @Test
    void claimsArePaidOldestDueDateFirstThenByIdAndInterestIsBroughtUpToThePaymentDate() {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-02-01")
                .claim(5, "200.00", "2025-01-10")
                .claim(3, "400.00", "2025-01-10")
                .claim(7, "300.00", "2025-01-05")
                .payment(1, "600.00", "2025-01-20")
                .build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-01-20"));

        assertThat(breakdown.payments().get(0).shares())
                .extracting(PaymentAllocation.Share::claimId, PaymentAllocation.Share::costs,
                        PaymentAllocation.Share::interest, PaymentAllocation.Share::principal)
                .containsExactly(
                        tuple(7L, money("0.00"), money("1.54"), money("300.00")),
                        tuple(3L, money("0.00"), money("1.37"), money("297.09")));
        assertThat(breakdown.claims()).extracting(ClaimBalance::claimId, ClaimBalance::paidInFullOn)
                .containsExactly(tuple(7L, date("2025-01-20")), tuple(3L, null), tuple(5L, null));
    }

    @Test
    void aPaymentOnTheDayLettFallsDueCoversIt() {
        // Lett (0.35 × 700 = 245.00) falls due in the morning of 2025-04-02; the payment that day pays the notice
        // fee 35.00 and then the claim's costs first: 35.00 + 245.00 = 280.00 all to costs.
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-03-03")
                .demandSentOn("2025-03-18")
                .claim(1, "750.00", "2025-02-01")
                .payment(1, "280.00", "2025-04-02")
                .build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-04-02"));

        assertThat(breakdown.payments().get(0).toCosts()).isEqualTo(money("280.00"));
        assertThat(breakdown.feesOutstanding()).isEqualTo(money("0.00"));
    }

    @Test
    void paymentsOnTheSameDayAreTakenInIdOrder() {
        // 35.00 notice fee is owed on 2025-02-01; payment 1 (lower id) covers it, payment 9 goes to the claim.
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-02-01")
                .claim(1, "100.00", "2025-01-31")
                .payment(9, "10.00", "2025-02-01")
                .payment(1, "35.00", "2025-02-01")
                .build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-02-01"));

        assertThat(breakdown.payments()).extracting(PaymentAllocation::paymentId, PaymentAllocation::toCosts)
                .containsExactly(tuple(1L, money("35.00")), tuple(9L, money("0.00")));
    }

    /**
     * 1 000.00 due 2025-01-01; 2 000.00 paid 2025-01-11, before the notice: interest 10 days:
     * 1000 × 12.5 × 10 / 36 500 = 3.4247 → 3.42; 996.58 is left over. The notice fee of 35.00 that falls due on
     * 2025-02-01 is covered from that surplus, leaving 961.58 overpaid.
     */
    @Test
    void aSurplusIsReportedAsOverpaidAndCoversCostsThatFallDueLater() {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-02-01")
                .claim(1, "1000.00", "2025-01-01")
                .payment(1, "2000.00", "2025-01-11")
                .build();

        Breakdown before = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-01-31"));
        Breakdown after = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-03-01"));

        assertThat(before.overpaid()).isEqualTo(money("996.58"));
        assertThat(after.overpaid()).isEqualTo(money("961.58"));
        assertThat(after.totalDue()).isEqualTo(money("0.00"));
        assertThat(after.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.toInterest()).isEqualTo(money("3.42"));
            assertThat(payment.toPrincipal()).isEqualTo(money("1000.00"));
            assertThat(payment.toCosts()).isEqualTo(money("35.00"));
            assertThat(payment.overpaid()).isEqualTo(money("961.58"));
        });
        assertThat(after.paidTotal().subtract(after.overpaid()).add(after.totalDue()))
                .isEqualTo(after.totalCharged());
    }

    @Test
    void aPaymentAfterTheDateAskedForIsNotCounted() {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-02-01")
                .claim(1, "1000.00", "2025-01-01")
                .payment(1, "500.00", "2025-02-10")
                .build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-02-09"));

        assertThat(breakdown.payments()).isEmpty();
        assertThat(breakdown.paidTotal()).isEqualTo(money("0.00"));
    }
}
