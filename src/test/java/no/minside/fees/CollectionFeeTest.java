package no.minside.fees;

import static no.minside.fees.CaseBuilder.date;
import static no.minside.fees.CaseBuilder.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Salær and the collection notice fee as a debtor is charged them: bands, debtor kind, VAT, the sats across the new
 * year and the switch from lett to tungt. Every expected amount is worked out by hand from DOMAIN.md.
 */
class CollectionFeeTest {

    private final BalanceEngine engine = new BalanceEngine(Clock.systemUTC());

    /**
     * A case whose payment demand deadline is 2025-04-01: lett salær falls due 2025-04-02, tungt 2025-04-30
     * (deadline + 29), with nothing paid. The claim is due 2025-02-01, the notice sent 2025-03-03.
     */
    private static CaseBuilder unpaidCase(String principal) {
        return CaseBuilder.noticeSentOn("2025-03-03")
                .demandSentOn("2025-03-18")
                .claim(1, principal, "2025-02-01");
    }

    private FeeLine salaerLine(Breakdown breakdown) {
        List<FeeLine> salaer = breakdown.fees().stream().filter(line -> line.type().isSalaer()).toList();
        assertThat(salaer).hasSize(1);
        return salaer.get(0);
    }

    @ParameterizedTest(name = "principal {0} is in band {1}: lett {2}")
    @CsvSource({
        // principal, multiple, lett salær at sats 700 (consumer, VAT-registered creditor)
        "500.00,    0.25, 175.00",   // 0.25 × 700 = 175.00 (500.00 is still in the first band)
        "500.01,    0.35, 245.00",   // 0.35 × 700 = 245.00
        "1000.00,   0.35, 245.00",   // 0.35 × 700 = 245.00
        "1000.01,   0.40, 280.00",   // 0.40 × 700 = 280.00
        "2500.00,   0.40, 280.00",   // 0.40 × 700 = 280.00
        "2500.01,   0.80, 560.00",   // 0.80 × 700 = 560.00
        "10000.00,  0.80, 560.00",   // 0.80 × 700 = 560.00
        "10000.01,  1.60, 1120.00",  // 1.60 × 700 = 1 120.00
        "50000.00,  1.60, 1120.00",  // 1.60 × 700 = 1 120.00
        "50000.01,  3.60, 2520.00",  // 3.60 × 700 = 2 520.00
        "250000.00, 3.60, 2520.00",  // 3.60 × 700 = 2 520.00
        "250000.01, 7.20, 5040.00",  // 7.20 × 700 = 5 040.00
    })
    void lettSalaerFollowsThePrincipalsBand(String principal, String multiple, String lett) {
        Breakdown breakdown = engine.breakdown(unpaidCase(principal).build(), RateTables.domainDefaults(),
                date("2025-04-10"));

        FeeLine line = salaerLine(breakdown);
        assertThat(line.type()).isEqualTo(CostType.LIGHT_FEE);
        assertThat(line.incurredOn()).isEqualTo(date("2025-04-02"));
        assertThat(line.multiple()).isEqualByComparingTo(multiple);
        assertThat(line.sats()).isEqualByComparingTo("700.00");
        assertThat(line.amount()).isEqualTo(money(lett));
        assertThat(line.vat()).isEqualTo(money("0.00"));
        assertThat(line.provisional()).isFalse();
        assertThat(line.recorded()).isFalse();
        assertThat(line.legalBasis()).contains("§ 2-2");
    }

    @ParameterizedTest(name = "{0}, VAT-registered {1}, principal {2}: {3} + VAT {4} = {5}")
    @CsvSource({
        // kind,   VAT-reg., principal, base,  VAT,    amount
        "CONSUMER, true,  750.00,    245.00,  0.00,    245.00",   // 0.35 × 700 = 245.00
        "BUSINESS, true,  750.00,    367.50,  0.00,    367.50",   // 0.35 × 700 = 245.00; × 1.5 business = 367.50
        "CONSUMER, false, 750.00,    245.00,  61.25,   306.25",   // 245.00 × 1.25 = 306.25
        "BUSINESS, false, 750.00,    367.50,  91.88,   459.38",   // 367.50 × 1.25 = 459.375 → 459.38 (rounded once)
        "CONSUMER, false, 300.00,    175.00,  43.75,   218.75",   // 0.25 × 700 = 175.00; × 1.25 = 218.75
        "BUSINESS, false, 300.00,    262.50,  65.63,   328.13",   // 175.00 × 1.5 = 262.50; × 1.25 = 328.125
        "BUSINESS, true,  2000.00,   420.00,  0.00,    420.00",   // 0.40 × 700 = 280.00; × 1.5 = 420.00
        "BUSINESS, false, 5000.00,   840.00,  210.00,  1050.00",  // 0.80 × 700 = 560; × 1.5 = 840; × 1.25 = 1050
        "CONSUMER, false, 100000.00, 2520.00, 630.00,  3150.00",  // 3.60 × 700 = 2 520.00; × 1.25 = 3 150.00
        "BUSINESS, false, 300000.00, 7560.00, 1890.00, 9450.00",  // 7.20 × 700 = 5040; × 1.5 = 7560; × 1.25 = 9450
    })
    void businessDebtorsPayMoreAndVatIsAddedWhenTheCreditorCannotDeductIt(DebtorKind kind, boolean vatRegistered,
            String principal, String base, String vat, String amount) {
        CaseFacts facts = unpaidCase(principal).debtor(kind).vatRegistered(vatRegistered).build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-04-10"));

        FeeLine line = salaerLine(breakdown);
        assertThat(line.baseAmount()).isEqualTo(money(base));
        assertThat(line.vat()).isEqualTo(money(vat));
        assertThat(line.amount()).isEqualTo(money(amount));
        // The notice fee is a § 1-2 fee, not salær: 700 / 20 = 35.00 whatever the debtor or creditor.
        FeeLine notice = breakdown.fees().get(0);
        assertThat(notice.type()).isEqualTo(CostType.COLLECTION_NOTICE_FEE);
        assertThat(notice.amount()).isEqualTo(money("35.00"));
        assertThat(notice.vat()).isEqualTo(money("0.00"));
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({
        // as of,     salær,     incurred on, amount (principal 750.00 → band 0.35; deadline 2025-04-01)
        "2025-04-01, NONE,       ,            0.00",    // the deadline day itself: still time to pay
        "2025-04-02, LIGHT_FEE,  2025-04-02,  245.00",  // deadline passed: 0.35 × 700 = 245.00
        "2025-04-29, LIGHT_FEE,  2025-04-02,  245.00",  // overrun by exactly 28 days: still lett
        "2025-04-30, HEAVY_FEE,  2025-04-30,  490.00",  // overrun by 29 days (> 28): tungt = 2 × 245.00 = 490.00
        "2025-06-30, HEAVY_FEE,  2025-04-30,  490.00",  // one line, lett replaced
    })
    void tungtReplacesLettWhenTheDeadlineIsOverrunByMoreThan28Days(String asOf, String type, String incurredOn,
            String amount) {
        Breakdown breakdown = engine.breakdown(unpaidCase("750.00").build(), RateTables.domainDefaults(), date(asOf));

        List<FeeLine> salaer = breakdown.fees().stream().filter(line -> line.type().isSalaer()).toList();
        if (type.equals("NONE")) {
            assertThat(salaer).isEmpty();
        } else {
            assertThat(salaer).singleElement().satisfies(line -> {
                assertThat(line.type()).isEqualTo(CostType.valueOf(type));
                assertThat(line.incurredOn()).isEqualTo(date(incurredOn));
                assertThat(line.amount()).isEqualTo(money(amount));
            });
        }
    }

    @Test
    void tungtForABusinessDebtorOfACreditorWithoutVat() {
        // 0.35 × 700 = 245.00; × 2 tungt = 490.00; × 1.5 business = 735.00; × 1.25 VAT = 918.75.
        CaseFacts facts = unpaidCase("750.00").debtor(DebtorKind.BUSINESS).vatRegistered(false).build();

        FeeLine line = salaerLine(engine.breakdown(facts, RateTables.domainDefaults(), date("2025-04-30")));

        assertThat(line.type()).isEqualTo(CostType.HEAVY_FEE);
        assertThat(line.multiple()).isEqualTo(new BigDecimal("1.05"));
        assertThat(line.baseAmount()).isEqualTo(money("735.00"));
        assertThat(line.vat()).isEqualTo(money("183.75"));
        assertThat(line.amount()).isEqualTo(money("918.75"));
    }

    @ParameterizedTest(name = "moved deadline {0}: lett on {1}, tungt on {2}")
    @CsvSource({
        // A new deadline after a rejected objection moves both fees.
        "2025-04-20, 2025-04-21, 2025-05-19",  // 04-20 + 1; 04-20 + 29
        "2025-05-05, 2025-05-06, 2025-06-03",  // 05-05 + 1; 05-05 + 29
    })
    void aMovedDeadlineMovesTheSalaer(String deadline, String lettOn, String tungtOn) {
        CaseFacts facts = unpaidCase("750.00").demandDeadline(deadline).build();

        FeeLine lett = salaerLine(engine.breakdown(facts, RateTables.domainDefaults(), date(lettOn)));
        FeeLine tungt = salaerLine(engine.breakdown(facts, RateTables.domainDefaults(), date(tungtOn)));

        assertThat(lett.type()).isEqualTo(CostType.LIGHT_FEE);
        assertThat(lett.incurredOn()).isEqualTo(date(lettOn));
        assertThat(tungt.type()).isEqualTo(CostType.HEAVY_FEE);
        assertThat(tungt.incurredOn()).isEqualTo(date(tungtOn));
        assertThat(engine.breakdown(facts, RateTables.domainDefaults(), date(lettOn).minusDays(1)).fees())
                .noneMatch(line -> line.type().isSalaer());
    }

    /**
     * Claim of 750.00 due 2025-10-01, notice 2025-11-05 (fee 700 / 20 = 35.00), payment demand deadline 2025-12-05:
     * lett from 2025-12-06, tungt only from 2026-01-03. Interest to 2025-12-31: 2025-10-02 … 2025-12-31 = 91 days at
     * 12.25 %: 750 × 12.25 × 91 / 36 500 = 22.9058 → 22.91. To 2026-01-02: two more days at 12.00 %:
     * (836 062.5 + 750 × 12 × 2) / 36 500 = 23.3990 → 23.40.
     */
    private static CaseBuilder lettAcrossNewYear() {
        return CaseBuilder.noticeSentOn("2025-11-05")
                .demandSentOn("2025-11-21")
                .claim(1, "750.00", "2025-10-01");
    }

    @ParameterizedTest(name = "paid in full {0}: sats {1}, lett {3}")
    @CsvSource({
        // paid on,  sats,   provisional, lett,   interest, overpaid
        "2025-12-31, 700.00, false,       245.00, 22.91,    1947.09",  // 3000 − (750 + 35 + 22.91 + 245.00)
        "2026-01-02, 750.00, true,        262.50, 23.40,    1929.10",  // 0.35 × 750 = 262.50; 3000 − 1070.90
    })
    void salaerUsesTheSatsOfTheDayTheClaimIsPaidInFull(String paidOn, String sats, boolean provisional, String lett,
            String interest, String overpaid) {
        CaseFacts facts = lettAcrossNewYear().payment(1, "3000.00", paidOn).build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2026-02-01"));

        FeeLine line = salaerLine(breakdown);
        assertThat(line.type()).isEqualTo(CostType.LIGHT_FEE);
        assertThat(line.sats()).isEqualTo(money(sats));
        assertThat(line.provisional()).isEqualTo(provisional);
        assertThat(line.amount()).isEqualTo(money(lett));
        assertThat(breakdown.claims().get(0).interest()).isEqualTo(money(interest));
        assertThat(breakdown.claims().get(0).paidInFullOn()).isEqualTo(date(paidOn));
        assertThat(breakdown.overpaid()).isEqualTo(money(overpaid));
        assertThat(breakdown.totalDue()).isEqualTo(money("0.00"));
    }

    @ParameterizedTest(name = "unpaid as of {0}: {1} {2}")
    @CsvSource({
        "2025-12-31, LIGHT_FEE, 245.00, false",  // 0.35 × 700 = 245.00
        "2026-01-01, LIGHT_FEE, 262.50, true",   // still unpaid, so today's sats: 0.35 × 750 = 262.50
        "2026-01-03, HEAVY_FEE, 525.00, true",   // 2025-12-05 + 29: tungt = 2 × 262.50 = 525.00
    })
    void anUnpaidClaimsSalaerFollowsTodaysSats(String asOf, CostType type, String amount, boolean provisional) {
        FeeLine line = salaerLine(engine.breakdown(lettAcrossNewYear().build(), RateTables.domainDefaults(),
                date(asOf)));

        assertThat(line.type()).isEqualTo(type);
        assertThat(line.amount()).isEqualTo(money(amount));
        assertThat(line.provisional()).isEqualTo(provisional);
    }

    @ParameterizedTest(name = "notice sent {0}: fee {1}")
    @CsvSource({
        "2025-12-31, BUSINESS, false, 35.00, false",  // 700 / 20 = 35.00; no business factor, no VAT
        "2026-01-01, CONSUMER, true,  37.50, true",   // 750 / 20 = 37.50, provisional sats
        "2026-01-01, BUSINESS, false, 37.50, true",   // still 750 / 20: neither factor applies to the notice fee
    })
    void theCollectionNoticeFeeIsOneTwentiethOfTheSatsWhenTheNoticeIsSent(String sentOn, DebtorKind kind,
            boolean vatRegistered, String fee, boolean provisional) {
        CaseFacts facts = CaseBuilder.noticeSentOn(sentOn)
                .debtor(kind)
                .vatRegistered(vatRegistered)
                .claim(1, "400.00", "2025-12-01")
                .build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2026-01-05"));

        assertThat(breakdown.fees()).singleElement().satisfies(line -> {
            assertThat(line.type()).isEqualTo(CostType.COLLECTION_NOTICE_FEE);
            assertThat(line.claimId()).isNull();
            assertThat(line.incurredOn()).isEqualTo(date(sentOn));
            assertThat(line.amount()).isEqualTo(money(fee));
            assertThat(line.multiple()).isEqualByComparingTo("0.05");
            assertThat(line.provisional()).isEqualTo(provisional);
        });
    }

    @Test
    void aRecordedFeeKeepsItsDateEvenWhenTheRulesWouldGiveAnother() {
        CaseFacts facts = unpaidCase("750.00")
                .recorded(CostType.COLLECTION_NOTICE_FEE, null, "2025-03-04")
                .recorded(CostType.LIGHT_FEE, 1L, "2025-04-03")
                .build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-04-10"));

        assertThat(breakdown.fees()).extracting(FeeLine::type, FeeLine::incurredOn, FeeLine::recorded)
                .containsExactly(
                        tuple(CostType.COLLECTION_NOTICE_FEE, date("2025-03-04"), true),
                        tuple(CostType.LIGHT_FEE, date("2025-04-03"), true));
        assertThat(engine.dueSteps(facts, RateTables.domainDefaults(), date("2025-04-10")))
                .extracting(DueStep::kind)
                .isEmpty();
    }
}
