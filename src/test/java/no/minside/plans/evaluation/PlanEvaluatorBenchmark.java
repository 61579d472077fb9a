package no.minside.plans.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * A plan page evaluates on every change of the form: a 24-instalment plan of about 120 000 kr, with a budget and a
 * rate change during the plan, must take at most 20 µs on one thread (50 000 a second), counter-offer included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanEvaluatorBenchmark {

    private final PlanEvaluator evaluator = new PlanEvaluator();
    private PlanRequest referred;
    private PlanRequest approved;
    private PlanRequest tooLong;
    private PlanRequest unaffordable;

    @Setup
    public void largePlan() {
        LocalDate today = LocalDate.parse("2026-03-02");
        // 2 520 lett salær + 800 other costs + 1 680 interest + 115 000 principal = 120 000.
        OpeningBalance balance = new OpeningBalance(new BigDecimal("3320.00"), new BigDecimal("1680.00"),
                new BigDecimal("115000.00"));
        // The rate changes on 1 Jul 2026, four instalments into the plan.
        List<RatePeriod> rates = List.of(
                new RatePeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"), new BigDecimal("12.00")),
                new RatePeriod(LocalDate.parse("2026-07-01"), null, new BigDecimal("11.50")));
        // A couple with two children: 2 × 9 082 + 3 432 + 5 747 = 27 343; so 52 000 − 14 000 − 27 343 − 1 500
        // = 9 157 a month is left.
        Budget budget = new Budget(new BigDecimal("52000.00"), new BigDecimal("14000.00"), 2, 1, 0, 1, 0,
                new BigDecimal("1500.00"));
        LivingAllowances allowances = new LivingAllowances(new BigDecimal("10724.00"), new BigDecimal("9082.00"),
                new BigDecimal("3432.00"), new BigDecimal("4553.00"), new BigDecimal("5747.00"),
                new BigDecimal("6611.00"), true);
        SurchargeBasis surcharge = new SurchargeBasis(new BigDecimal("750.00"), true, false);
        CaseSituation situation = CaseSituation.clean();
        Proposal months24 = Proposal.ofMonths(24, today.plusDays(20));

        // T 121 125 > 50 000: referred, and no counter-offer can exist.
        referred = new PlanRequest(today, balance, rates, null, situation, PlanPolicy.defaults("bench"), surcharge,
                months24, budget, allowances);
        // A creditor that approves up to 200 000 at once.
        PlanPolicy generous = PlanPolicy.defaults("bench-generous")
                .withAutoApproveCeiling(new BigDecimal("200000.00"));
        approved = new PlanRequest(today, balance, rates, null, situation, generous, surcharge, months24, budget,
                allowances);
        // 40 months is over 1.5 × 24: rejected, offered 24.
        tooLong = approved.withProposal(Proposal.ofMonths(40, today.plusDays(20)));
        // 12 months is about 10 600 a month, over the 9 157 the budget leaves: referred, offered the months that fit.
        unaffordable = approved.withProposal(Proposal.ofMonths(12, today.plusDays(20)));
    }

    @Benchmark
    public PlanEvaluation referredOverTheCeiling() {
        return evaluator.evaluate(referred);
    }

    @Benchmark
    public PlanEvaluation approvedAtOnce() {
        return evaluator.evaluate(approved);
    }

    @Benchmark
    public PlanEvaluation rejectedWithCounterOffer() {
        return evaluator.evaluate(tooLong);
    }

    @Benchmark
    public PlanEvaluation unaffordableWithCounterOffer() {
        return evaluator.evaluate(unaffordable);
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(PlanEvaluatorBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .build();
        new Runner(options).run();
    }
}
