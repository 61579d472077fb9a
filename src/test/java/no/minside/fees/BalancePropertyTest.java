package no.minside.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random cases (seeded, so a failure can be replayed) must keep the books balanced: what was paid, less what was
 * overpaid, plus what is still due equals everything charged, and no amount anywhere is negative.
 * Replay one case with {@code -Dfees.seed=<seed printed in the failure>}.
 */
class BalancePropertyTest {

    private static final int CASES = 2_000;
    private static final LocalDate FIRST_DUE_DATE = LocalDate.parse("2022-01-01");

    private final BalanceEngine engine = new BalanceEngine(Clock.systemUTC());
    private final RateTables rates = RateTables.domainDefaults();

    @Test
    void paidLessOverpaidPlusOutstandingIsEverythingCharged() {
        String replay = System.getProperty("fees.seed");
        if (replay != null) {
            check(Long.parseLong(replay));
            return;
        }
        Random seeds = new Random(20_251_231L);
        for (int i = 0; i < CASES; i++) {
            check(seeds.nextLong());
        }
    }

    private void check(long seed) {
        CaseFacts facts = randomCase(new Random(seed));
        LocalDate asOf = asOf(facts, new Random(seed ^ 0x5DEECE66DL));
        try {
            Breakdown breakdown = engine.breakdown(facts, rates, asOf);
            assertBalanced(breakdown);
            assertNoNegative(breakdown, "breakdown");
            List<DueStep> steps = engine.dueSteps(facts, rates, asOf);
            assertNoNegative(steps, "dueSteps");
            boolean paid = steps.stream().anyMatch(step -> step.kind() == DueStep.Kind.PAID);
            assertThat(paid).as("PAID listed only when nothing is due")
                    .isEqualTo(breakdown.totalDue().signum() == 0 && breakdown.totalCharged().signum() > 0);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("seed " + seed + " (as of " + asOf + "): " + e.getMessage() + "\n" + facts, e);
        }
    }

    private static void assertBalanced(Breakdown b) {
        assertThat(b.paidTotal().subtract(b.overpaid()).add(b.totalDue()))
                .as("paid − overpaid + due = charged").isEqualTo(b.totalCharged());
        assertThat(b.principalOutstanding().add(b.interestOutstanding()).add(b.feesOutstanding()))
                .as("due = principal + interest + fees").isEqualTo(b.totalDue());

        BigDecimal caseFees = b.fees().stream().filter(fee -> fee.claimId() == null)
                .map(FeeLine::outstanding).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal claimsDue = b.claims().stream().map(ClaimBalance::outstanding).reduce(Money.ZERO, BigDecimal::add);
        assertThat(caseFees.add(claimsDue)).as("due = claims + case-level fees").isEqualTo(b.totalDue());

        BigDecimal rows = Money.ZERO;
        for (ClaimBalance claim : b.claims()) {
            BigDecimal claimRows = b.interest().stream().filter(line -> line.claimId() == claim.claimId())
                    .map(InterestLine::amount).reduce(Money.ZERO, BigDecimal::add);
            assertThat(claimRows).as("interest rows of claim %d add up to its interest", claim.claimId())
                    .isEqualTo(claim.interest());
            rows = rows.add(claimRows);
        }
        assertThat(rows).as("interest rows add up to the interest charged").isEqualTo(b.interestCharged());
        for (InterestLine line : b.interest()) {
            assertThat(line.amount().subtract(line.exactAmount()).abs()).as("a row is within an øre of its exact amount")
                    .isLessThan(new BigDecimal("0.01"));
        }
        for (PaymentAllocation payment : b.payments()) {
            assertThat(payment.toCosts().add(payment.toInterest()).add(payment.toPrincipal()).add(payment.overpaid()))
                    .as("payment %d fully accounted for", payment.paymentId()).isEqualTo(payment.amount());
            BigDecimal shares = payment.shares().stream()
                    .map(share -> share.costs().add(share.interest()).add(share.principal()))
                    .reduce(Money.ZERO, BigDecimal::add);
            assertThat(shares.add(payment.overpaid())).isEqualTo(payment.amount());
        }
        for (FeeLine fee : b.fees()) {
            assertThat(fee.baseAmount().add(fee.vat())).as("base + VAT").isEqualTo(fee.amount());
            assertThat(fee.paid().add(fee.outstanding())).isEqualTo(fee.amount());
            boolean claimCancelled = b.claims().stream()
                    .anyMatch(claim -> claim.cancelled() && fee.claimId() != null && claim.claimId() == fee.claimId());
            assertThat(claimCancelled).as("no cost on a cancelled claim").isFalse();
        }
        if (b.totalDue().signum() == 0) {
            assertThat(b.nextStep().kind()).isEqualTo(NextStep.Kind.NONE);
        }
        assertThat(b.history()).isNotEmpty();
        assertThat(b.history().get(b.history().size() - 1)).isEqualTo(new BalancePoint(b.asOf(), b.totalDue()));
    }

    /** Walks the records of the result and fails on any negative BigDecimal. */
    private static void assertNoNegative(Object value, String path) {
        if (value instanceof BigDecimal amount) {
            if (amount.signum() < 0) {
                fail(path + " is negative: " + amount);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertNoNegative(list.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    assertNoNegative(component.getAccessor().invoke(record), path + "." + component.getName());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static CaseFacts randomCase(Random random) {
        LocalDate firstDue = FIRST_DUE_DATE.plusDays(random.nextInt(365 * 4 + 300));
        List<ClaimFacts> claims = new ArrayList<>();
        LocalDate lastDue = firstDue;
        int claimCount = 1 + random.nextInt(5);
        for (int id = 1; id <= claimCount; id++) {
            LocalDate due = firstDue.plusDays(random.nextInt(60));
            lastDue = due.isAfter(lastDue) ? due : lastDue;
            BigDecimal principal = BigDecimal.valueOf(1 + random.nextInt(30_000_000), 2);  // 0.01 … 300 000.00
            BigDecimal reminderFee = random.nextInt(3) == 0 ? Money.ZERO : BigDecimal.valueOf(random.nextInt(7_001), 2);
            LocalDate cancelledOn = random.nextInt(8) == 0 ? due.plusDays(20 + random.nextInt(200)) : null;
            claims.add(new ClaimFacts(id, "INV-" + id, null, principal, due, reminderFee, cancelledOn));
        }
        LocalDate noticeSentOn = lastDue.plusDays(14 + random.nextInt(30));

        LocalDate demandSentOn = random.nextInt(3) == 0 ? noticeSentOn.plusDays(15 + random.nextInt(5)) : null;
        LocalDate deadline = null;
        if (random.nextInt(5) == 0) {
            LocalDate from = demandSentOn != null ? demandSentOn : noticeSentOn.plusDays(15);
            deadline = from.plusDays(14 + random.nextInt(40));
        }
        LocalDate pausedSince = random.nextInt(5) == 0 ? noticeSentOn.plusDays(random.nextInt(120)) : null;

        List<PaymentFacts> payments = new ArrayList<>();
        int paymentCount = random.nextInt(21);
        for (int id = 1; id <= paymentCount; id++) {
            LocalDate paidOn = firstDue.plusDays(random.nextInt(500) - 5);
            payments.add(new PaymentFacts(id, randomPayment(random, claims), paidOn));
        }

        List<RecordedFee> recorded = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            recorded.add(new RecordedFee(CostType.COLLECTION_NOTICE_FEE, null, noticeSentOn));
        }
        for (ClaimFacts claim : claims) {
            if (random.nextInt(6) == 0) {
                LocalDate lettOn = noticeSentOn.plusDays(29 + random.nextInt(10));
                recorded.add(new RecordedFee(CostType.LIGHT_FEE, claim.id(), lettOn));
            }
            if (random.nextInt(10) == 0) {
                LocalDate tungtOn = noticeSentOn.plusDays(57 + random.nextInt(20));
                recorded.add(new RecordedFee(CostType.HEAVY_FEE, claim.id(), tungtOn));
            }
        }

        DebtorKind kind = random.nextBoolean() ? DebtorKind.CONSUMER : DebtorKind.BUSINESS;
        AllocationOrder order = AllocationOrder.values()[random.nextInt(AllocationOrder.values().length)];
        return new CaseFacts(kind, new CreditorPolicy(random.nextBoolean(), order), noticeSentOn, demandSentOn,
                deadline, pausedSince, claims, payments, recorded);
    }

    /** Mostly part payments, now and then more than everything owed. */
    private static BigDecimal randomPayment(Random random, List<ClaimFacts> claims) {
        BigDecimal total = claims.stream().map(ClaimFacts::principal).reduce(BigDecimal.ZERO, BigDecimal::add);
        int kind = random.nextInt(20);
        if (kind == 0) {
            BigDecimal extra = BigDecimal.valueOf(random.nextInt(100_000), 2);
            return Money.round(total.multiply(new BigDecimal("1.2")).add(extra));
        }
        if (kind < 8) {
            BigDecimal share = total.multiply(BigDecimal.valueOf(1 + random.nextInt(150), 3));  // 0.1 % … 15 %
            return Money.round(share).max(new BigDecimal("0.01"));
        }
        return BigDecimal.valueOf(1 + random.nextInt(100_000), 2);  // 0.01 … 1 000.00
    }

    private static LocalDate asOf(CaseFacts facts, Random random) {
        return facts.collectionNoticeSentOn().plusDays(random.nextInt(520) - 20);
    }
}
