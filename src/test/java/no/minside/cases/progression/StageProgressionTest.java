package no.minside.cases.progression;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import no.minside.cases.TestCasePauses;
import no.minside.cases.CaseEventType;
import no.minside.cases.CaseStage;
import no.minside.cases.CostLineType;
import no.minside.cases.IntakeRequests;
import no.minside.cases.progression.CaseRows.CostRow;
import no.minside.cases.progression.CaseRows.EventRow;
import no.minside.fees.BalanceEngine;
import no.minside.fees.Breakdown;
import no.minside.fees.CaseFacts;
import no.minside.fees.CostType;
import no.minside.fees.FeeLine;
import no.minside.rates.RateTablesProvider;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.TestClock;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

/**
 * The stage job on one case at a time, with a fixed clock. The case: 750.00 due 2025-02-01, collection notice
 * 2025-03-03 (deadline 03-17), consumer debtor, 2025 sats 700, late interest 12.50 % (2025 H1).
 */
@QuarkusTest
class StageProgressionTest {

    private static final String LIGHT_BASIS = CostType.LIGHT_FEE.legalBasis();
    private static final String HEAVY_BASIS = CostType.HEAVY_FEE.legalBasis();
    private static final String NOTICE_BASIS = CostType.COLLECTION_NOTICE_FEE.legalBasis();

    @Inject
    StageProgressionService progression;

    @Inject
    Fixtures fixtures;

    @Inject
    CaseRows rows;

    @Inject
    TestClock clock;

    @Inject
    TestCasePauses pauses;

    @Inject
    RateTablesProvider rates;

    @Inject
    StageProgressionRepository repository;


    @Test
    void anUnpaidCaseMovesOnTheDayAfterEachDeadline() {
        Fixtures.OpenedCase opened = openCase(true);
        long id = rows.byNumber(opened.caseNumber()).id();
        long claim = rows.claimIds(id).get(0);

        // The notice fee falls due the day the notice is sent: 700 / 20 = 35.00, no VAT on it.
        assertThat(progression.advance(id, date("2025-03-17"))).isEqualTo(1);
        assertThat(rows.byNumber(opened.caseNumber()).stage()).isEqualTo(CaseStage.COLLECTION_NOTICE);
        assertThat(rows.costs(id)).extracting(CostRow::type, CostRow::claimId, CostRow::incurredOn, CostRow::amount,
                        CostRow::vat, CostRow::sats, CostRow::legalBasis)
                .containsExactly(tuple(CostLineType.COLLECTION_NOTICE_FEE, null, date("2025-03-03"), money("35.00"),
                        money("0.00"), money("700.00"), NOTICE_BASIS));

        // Notice deadline 03-17 passed unpaid: the payment demand goes on 03-18, deadline 03-18 + 14 = 04-01.
        assertThat(progression.advance(id, date("2025-03-18"))).isEqualTo(1);
        CaseRows.CaseRow row = rows.byNumber(opened.caseNumber());
        assertThat(row.stage()).isEqualTo(CaseStage.PAYMENT_DEMAND);
        assertThat(row.paymentDemandSentOn()).isEqualTo(date("2025-03-18"));
        assertThat(row.paymentDemandDeadline()).isEqualTo(date("2025-04-01"));

        // The last day of the demand deadline adds nothing; the day after, lett: band ≤ 1 000 → 0.35 × 700 = 245.00.
        assertThat(progression.advance(id, date("2025-04-01"))).isZero();
        assertThat(progression.advance(id, date("2025-04-02"))).isEqualTo(1);

        // Overrun by more than 28 days: 04-01 + 29 = 04-30, tungt 0.70 × 700 = 490.00 next to the lett row.
        assertThat(progression.advance(id, date("2025-04-29"))).isZero();
        assertThat(progression.advance(id, date("2025-04-30"))).isEqualTo(1);

        // Legal step after 14 more days unpaid (05-01…05-14): 05-15.
        assertThat(progression.advance(id, date("2025-05-14"))).isZero();
        assertThat(rows.byNumber(opened.caseNumber()).stage()).isEqualTo(CaseStage.PAYMENT_DEMAND);
        assertThat(progression.advance(id, date("2025-05-15"))).isEqualTo(1);
        row = rows.byNumber(opened.caseNumber());
        assertThat(row.stage()).isEqualTo(CaseStage.LEGAL);
        assertThat(row.legalStepOn()).isEqualTo(date("2025-05-15"));
        assertThat(progression.advance(id, date("2025-06-30"))).isZero();

        assertThat(rows.costs(id)).extracting(CostRow::type, CostRow::claimId, CostRow::incurredOn, CostRow::amount,
                        CostRow::vat, CostRow::sats, CostRow::legalBasis)
                .containsExactly(
                        tuple(CostLineType.COLLECTION_NOTICE_FEE, null, date("2025-03-03"), money("35.00"),
                                money("0.00"), money("700.00"), NOTICE_BASIS),
                        tuple(CostLineType.LIGHT_FEE, claim, date("2025-04-02"), money("245.00"), money("0.00"),
                                money("700.00"), LIGHT_BASIS),
                        tuple(CostLineType.HEAVY_FEE, claim, date("2025-04-30"), money("490.00"), money("0.00"),
                                money("700.00"), HEAVY_BASIS));
        assertThat(jobEvents(id)).extracting(EventRow::type, EventRow::on, EventRow::amount, EventRow::detail)
                .containsExactly(
                        tuple(CaseEventType.FEE_ADDED, date("2025-03-03"), money("35.00"), "COLLECTION_NOTICE_FEE"),
                        tuple(CaseEventType.PAYMENT_DEMAND_SENT, date("2025-03-18"), null, null),
                        tuple(CaseEventType.FEE_ADDED, date("2025-04-02"), money("245.00"), "LIGHT_FEE 10042"),
                        tuple(CaseEventType.FEE_ADDED, date("2025-04-30"), money("490.00"),
                                "HEAVY_FEE 10042 (replaces LIGHT_FEE)"),
                        tuple(CaseEventType.LEGAL_STEP, date("2025-05-15"), null, null));

        // What the debtor owes on 05-15 is what the rules alone give, and tungt is charged once, not on top of lett:
        // 750.00 + 35.00 + 490.00 + interest 2025-02-02…05-15 = 103 d: 750 × 12.5 × 103 / 36 500 = 26.4555 → 26.46.
        assertSameBalanceAsTheRulesAlone(id, date("2025-05-15"), "1301.46");
        clock.fixAt(Instant.parse("2025-05-15T10:00:00Z"));
        given().header("X-Api-Key", opened.apiKey()).get("/api/v1/cases/" + opened.caseNumber()).then()
                .statusCode(200)
                .body("status", equalTo("LEGAL"))
                .body("balance.feesOutstanding", equalTo("525.00"))
                .body("balance.totalDue", equalTo("1301.46"));
    }

    @Test
    void aJobThatRunsLateRecordsEachStepOnItsRuleDate() {
        Fixtures.OpenedCase opened = openCase(true);
        long id = rows.byNumber(opened.caseNumber()).id();

        assertThat(progression.advance(id, date("2025-09-01"))).isEqualTo(5);

        assertThat(rows.costs(id)).extracting(CostRow::type, CostRow::incurredOn, CostRow::amount)
                .containsExactly(tuple(CostLineType.COLLECTION_NOTICE_FEE, date("2025-03-03"), money("35.00")),
                        tuple(CostLineType.LIGHT_FEE, date("2025-04-02"), money("245.00")),
                        tuple(CostLineType.HEAVY_FEE, date("2025-04-30"), money("490.00")));
        assertThat(jobEvents(id)).extracting(EventRow::type, EventRow::on).containsExactly(
                tuple(CaseEventType.FEE_ADDED, date("2025-03-03")),
                tuple(CaseEventType.PAYMENT_DEMAND_SENT, date("2025-03-18")),
                tuple(CaseEventType.FEE_ADDED, date("2025-04-02")),
                tuple(CaseEventType.FEE_ADDED, date("2025-04-30")),
                tuple(CaseEventType.LEGAL_STEP, date("2025-05-15")));
        CaseRows.CaseRow row = rows.byNumber(opened.caseNumber());
        assertThat(row.paymentDemandSentOn()).isEqualTo(date("2025-03-18"));
        assertThat(row.legalStepOn()).isEqualTo(date("2025-05-15"));
        // Interest 2025-02-02…06-30 = 149 d at 12.50 % + 07-01…09-01 = 63 d at 12.25 %:
        // (750 × 12.5 × 149 + 750 × 12.25 × 63) / 36 500 = (1 396 875 + 578 812.5) / 36 500 = 54.1284 → 54.13.
        assertSameBalanceAsTheRulesAlone(id, date("2025-09-01"), "1329.13");
    }

    @Test
    void salaerForACreditorWithoutVatRegistrationCarriesTheVat() {
        Fixtures.OpenedCase opened = openCase(false);
        long id = rows.byNumber(opened.caseNumber()).id();

        progression.advance(id, date("2025-05-01"));

        // Lett 245.00 × 1.25 = 306.25 (VAT 61.25); tungt 490.00 × 1.25 = 612.50 (VAT 122.50); the notice fee has none.
        assertThat(rows.costs(id)).extracting(CostRow::type, CostRow::amount, CostRow::vat).containsExactly(
                tuple(CostLineType.COLLECTION_NOTICE_FEE, money("35.00"), money("0.00")),
                tuple(CostLineType.LIGHT_FEE, money("306.25"), money("61.25")),
                tuple(CostLineType.HEAVY_FEE, money("612.50"), money("122.50")));
        assertThat(jobEvents(id)).filteredOn(e -> e.type() == CaseEventType.FEE_ADDED).extracting(EventRow::amount)
                .containsExactly(money("35.00"), money("306.25"), money("612.50"));
    }

    @Test
    void paidInFullWithinTheNoticeDeadlineIsPaidWithoutSalaer() {
        Fixtures.OpenedCase opened = openCase(true);
        long id = rows.byNumber(opened.caseNumber()).id();
        clock.fixAt(Instant.parse("2025-03-10T10:00:00Z"));
        // 750.00 + notice fee 35.00 + interest 2025-02-02…03-10 = 37 d: 750 × 12.5 × 37 / 36 500 = 9.5034 → 9.50.
        balance(opened).body("balance.totalDue", equalTo("794.50"));
        pay(opened, "iv-1", "794.50", "2025-03-10");

        // What the payment service will call once the payment has committed.
        progression.advance(id, date("2025-03-10"));

        CaseRows.CaseRow row = rows.byNumber(opened.caseNumber());
        assertThat(row.stage()).isEqualTo(CaseStage.PAID);
        assertThat(row.closedOn()).isEqualTo(date("2025-03-10"));
        assertThat(progression.advance(id, date("2025-09-01"))).isZero();
        assertThat(rows.costs(id)).extracting(CostRow::type).containsExactly(CostLineType.COLLECTION_NOTICE_FEE);
        assertThat(jobEvents(id)).extracting(EventRow::type, EventRow::on).containsExactly(
                tuple(CaseEventType.FEE_ADDED, date("2025-03-03")),
                tuple(CaseEventType.PAID, date("2025-03-10")));
        assertThat(rows.byNumber(opened.caseNumber()).paymentDemandSentOn()).isNull();
    }

    @Test
    void aFullPaymentRegisteredThroughTheApiMakesTheCasePaid() {
        Fixtures.OpenedCase opened = openCase(true);
        long id = rows.byNumber(opened.caseNumber()).id();
        clock.fixAt(Instant.parse("2025-04-10T10:00:00Z"));
        progression.advance(id, date("2025-04-10"));
        // 750.00 + 35.00 + lett 245.00 + interest 2025-02-02…04-10 = 68 d: 750 × 12.5 × 68 / 36 500 = 17.4658 → 17.47.
        balance(opened).body("status", equalTo("PAYMENT_DEMAND")).body("balance.totalDue", equalTo("1047.47"));

        pay(opened, "bo-1", "1047.47", "2025-04-10");
        progression.advance(id, date("2025-04-10"));

        CaseRows.CaseRow row = rows.byNumber(opened.caseNumber());
        assertThat(row.stage()).isEqualTo(CaseStage.PAID);
        assertThat(row.closedOn()).isEqualTo(date("2025-04-10"));
        balance(opened).body("status", equalTo("PAID")).body("balance.totalDue", equalTo("0.00"));
        // Paid: no tungt salær and no legal step follow, however late the job runs.
        assertThat(progression.advance(id, date("2025-09-01"))).isZero();
        assertThat(rows.costs(id)).extracting(CostRow::type)
                .containsExactly(CostLineType.COLLECTION_NOTICE_FEE, CostLineType.LIGHT_FEE);
        assertThat(jobEvents(id)).extracting(EventRow::type).containsExactly(CaseEventType.FEE_ADDED,
                CaseEventType.PAYMENT_DEMAND_SENT, CaseEventType.FEE_ADDED, CaseEventType.PAID);
    }

    @Test
    void aPausedCaseStaysWhereItWasPaused() {
        Fixtures.OpenedCase opened = openCase(true);
        long id = rows.byNumber(opened.caseNumber()).id();
        pauses.pause(id, date("2025-03-10"));
        try {
            progression.advance(id, date("2025-09-01"));

            // Only the notice fee, which fell due before the pause; no demand, no salær, no legal step.
            CaseRows.CaseRow row = rows.byNumber(opened.caseNumber());
            assertThat(row.stage()).isEqualTo(CaseStage.COLLECTION_NOTICE);
            assertThat(row.paymentDemandSentOn()).isNull();
            assertThat(rows.costs(id)).extracting(CostRow::type)
                    .containsExactly(CostLineType.COLLECTION_NOTICE_FEE);
            assertThat(jobEvents(id)).extracting(EventRow::type).containsExactly(CaseEventType.FEE_ADDED);
        } finally {
            pauses.resume(id);
        }
    }

    @Test
    void aFeeAlreadyRecordedIsNotInsertedAgain() {
        Fixtures.OpenedCase opened = openCase(true);
        long id = rows.byNumber(opened.caseNumber()).id();
        progression.advance(id, date("2025-03-03"));

        boolean insertedAgain = QuarkusTransaction.requiringNew().call(() ->
                repository.insertFeeOnce(id, null, CostLineType.COLLECTION_NOTICE_FEE, money("35.00"),
                        money("0.00"), date("2025-03-04"), NOTICE_BASIS, money("700.00")));

        assertThat(insertedAgain).isFalse();
        assertThat(rows.costs(id)).extracting(CostRow::incurredOn).containsExactly(date("2025-03-03"));
    }

    @Test
    void advancingOneCaseInsideAnotherTransactionIsRefusedInsteadOfWaitingForItself() {
        Fixtures.OpenedCase opened = openCase(true);
        long id = rows.byNumber(opened.caseNumber()).id();

        QuarkusTransaction.requiringNew().run(() -> assertThatThrownBy(() -> progression.advance(id,
                date("2025-06-01"))).isInstanceOf(IllegalStateException.class));

        assertThat(rows.costs(id)).isEmpty();
    }

    /** The balance with what the job recorded equals the balance the rules give with nothing recorded. */
    private void assertSameBalanceAsTheRulesAlone(long caseId, LocalDate asOf, String expectedTotal) {
        CaseFacts recorded = rows.facts(caseId);
        CaseFacts rulesAlone = new CaseFacts(recorded.debtorKind(), recorded.policy(),
                recorded.collectionNoticeSentOn(), null, null, null, recorded.claims(), recorded.payments(),
                List.of());
        BalanceEngine engine = new BalanceEngine(Clock.systemUTC());
        Breakdown withRecords = engine.breakdown(recorded, rates.current(), asOf);
        Breakdown byRules = engine.breakdown(rulesAlone, rates.current(), asOf);

        assertThat(withRecords.totalDue()).isEqualTo(money(expectedTotal)).isEqualTo(byRules.totalDue());
        assertThat(withRecords.fees()).extracting(FeeLine::type, FeeLine::claimId, FeeLine::incurredOn,
                        FeeLine::amount, FeeLine::recorded)
                .containsExactlyElementsOf(byRules.fees().stream()
                        .map(f -> tuple(f.type(), f.claimId(), f.incurredOn(), f.amount(), true)).toList());
    }

    /** The events the job writes: not those of intake (case opened, notice sent) or of the payment API. */
    private List<EventRow> jobEvents(long caseId) {
        List<CaseEventType> notTheJobs = List.of(CaseEventType.CASE_OPENED, CaseEventType.COLLECTION_NOTICE_SENT,
                CaseEventType.PAYMENT_RECEIVED);
        return rows.events(caseId).stream().filter(e -> !notTheJobs.contains(e.type())).toList();
    }

    /** The case described on the class, opened on 2025-03-03 through the intake API. */
    private Fixtures.OpenedCase openCase(boolean vatRegistered) {
        clock.fixAt(Instant.parse("2025-03-03T10:00:00Z"));
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].principal", "750.00");
        Json.set(request, "claims[0].dueDate", "2025-02-01");
        return fixtures.openCase(fixtures.creditor(vatRegistered), request);
    }

    private static ValidatableResponse balance(Fixtures.OpenedCase c) {
        return given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber()).then().statusCode(200);
    }

    private static void pay(Fixtures.OpenedCase c, String paymentId, String amount, String paidOn) {
        given().header("X-Api-Key", c.apiKey()).contentType(ContentType.JSON)
                .body(Json.object("paymentId", paymentId, "amount", amount, "paidOn", paidOn, "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments").then().statusCode(201);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
