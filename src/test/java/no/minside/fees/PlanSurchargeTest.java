package no.minside.fees;

import static no.minside.fees.CaseBuilder.date;
import static no.minside.fees.CaseBuilder.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The plan surcharge of inkassoforskriften § 2-4 in the balance: a case-level cost at the amount recorded with the
 * plan, paid after the notice fee and before the claims, and never repriced by the rules or the pause.
 */
class PlanSurchargeTest {

    private final BalanceEngine engine = new BalanceEngine(Clock.systemUTC());

    /**
     * 1 000.00 due 2025-01-01, notice 2025-02-01 (fee 700 / 20 = 35.00), a plan from 2025-02-10 with the surcharge
     * 1.5 × 750 = 1 125.00, 1 200.00 paid 2025-02-20. Interest 2025-01-02 … 02-20 = 50 days:
     * 1 000 × 12.5 × 50 / 36 500 = 17.1233 → 17.12. The payment: 35.00 notice fee, 1 125.00 surcharge, then 17.12
     * interest and 22.88 principal; 977.12 is left.
     */
    @Test
    void theSurchargeIsACaseLevelCostPaidBeforeTheClaims() {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-02-01")
                .pausedSince("2025-02-10")
                .claim(1, "1000.00", "2025-01-01")
                .surcharge("2025-02-10", "1125.00", "0.00")
                .payment(1, "1200.00", "2025-02-20")
                .build();

        Breakdown b = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-02-20"));

        assertThat(b.payments()).singleElement().satisfies(p -> {
            assertThat(p.toCosts()).isEqualTo(money("1160.00"));
            assertThat(p.toInterest()).isEqualTo(money("17.12"));
            assertThat(p.toPrincipal()).isEqualTo(money("22.88"));
        });
        assertThat(b.totalDue()).isEqualTo(money("977.12"));
        FeeLine surcharge = b.fees().stream().filter(f -> f.type() == CostType.PLAN_SURCHARGE).findFirst()
                .orElseThrow();
        assertThat(surcharge.amount()).isEqualTo(money("1125.00"));
        assertThat(surcharge.outstanding()).isEqualTo(money("0.00"));
        assertThat(surcharge.claimId()).isNull();
        assertThat(surcharge.recorded()).isTrue();
        assertThat(surcharge.legalBasis()).isEqualTo("inkassoforskriften § 2-4");
        assertThat(b.sum().fees()).isEqualTo(money("1160.00"));
    }

    /**
     * The same case the day the plan began, before any payment: owed 1 000.00 + interest 2025-01-02 … 02-10 (40 days:
     * 13.6986 → 13.70) + 35.00 + 1 406.25 (1 125.00 and 25 % VAT 281.25, the creditor is not VAT-registered). The
     * pause holds back the payment demand, never the recorded surcharge.
     */
    @Test
    void theSurchargeCountsFromTheDayItWasRecordedWithItsVat() {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-02-01")
                .vatRegistered(false)
                .pausedSince("2025-02-10")
                .claim(1, "1000.00", "2025-01-01")
                .surcharge("2025-02-10", "1406.25", "281.25")
                .build();

        Breakdown before = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-02-09"));
        Breakdown on = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-02-10"));

        assertThat(before.fees()).extracting(FeeLine::type).containsExactly(CostType.COLLECTION_NOTICE_FEE);
        assertThat(on.totalDue()).isEqualTo(money("2454.95"));
        assertThat(on.fees()).filteredOn(f -> f.type() == CostType.PLAN_SURCHARGE).singleElement()
                .satisfies(f -> {
                    assertThat(f.baseAmount()).isEqualTo(money("1125.00"));
                    assertThat(f.vat()).isEqualTo(money("281.25"));
                });
        assertThat(engine.dueSteps(facts, RateTables.domainDefaults(), date("2025-04-01")))
                .as("paused: no payment demand, no salær; only the notice fee of 2025-02-01 is still to record")
                .extracting(DueStep::feeType).containsExactly(CostType.COLLECTION_NOTICE_FEE);
    }

    @Test
    void aSurchargeBelongsToTheCaseAndNeedsItsAmount() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordedFee(CostType.PLAN_SURCHARGE, 1L, date("2025-02-10"), money("1.00"),
                        null));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordedFee(CostType.PLAN_SURCHARGE, null, date("2025-02-10")))
                .withMessageContaining("amount");
        assertThat(new RecordedFee(CostType.LIGHT_FEE, 1L, date("2025-02-10")).amount()).isNull();
    }
}
