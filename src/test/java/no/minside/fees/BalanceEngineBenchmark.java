package no.minside.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The breakdown of a large case (10 claims, 50 payments over two years) must stay well under a millisecond. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BalanceEngineBenchmark {

    private final BalanceEngine engine = new BalanceEngine(Clock.systemUTC());
    private final RateTables rates = RateTables.domainDefaults();
    private final LocalDate asOf = LocalDate.parse("2026-03-01");
    private CaseFacts facts;

    @Setup
    public void largeCase() {
        LocalDate firstDue = LocalDate.parse("2024-01-15");
        List<ClaimFacts> claims = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // Spread over every band, from 450.00 to 270 000.00.
            BigDecimal principal = BigDecimal.valueOf(450L * (1L << i) + 30 * i).setScale(2);
            claims.add(new ClaimFacts(i + 1, "INV-" + (i + 1), null, principal, firstDue.plusDays(3L * i),
                    new BigDecimal("35.00"), null));
        }
        List<PaymentFacts> payments = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            LocalDate paidOn = LocalDate.parse("2024-03-10").plusDays(14L * i);
            payments.add(new PaymentFacts(i + 1, new BigDecimal("1750.00"), paidOn));
        }
        facts = new CaseFacts(DebtorKind.BUSINESS, new CreditorPolicy(false, AllocationOrder.COSTS_INTEREST_PRINCIPAL),
                LocalDate.parse("2024-02-20"), null, null, null, claims, payments, List.of());
    }

    @Benchmark
    public Breakdown breakdown() {
        return engine.breakdown(facts, rates, asOf);
    }

    @Benchmark
    public List<DueStep> dueSteps() {
        return engine.dueSteps(facts, rates, asOf);
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(BalanceEngineBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .build();
        new Runner(options).run();
    }
}
