package no.minside.plans.evaluation;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Runs a balance through monthly instalments in whole øre: interest accrues on the principal still owed between due
 * dates, each instalment is split in the allocation order, and the last one is only what is left.
 *
 * <p>Rounding: the interest of each instalment period (the day after the previous due date, or after today, up to
 * and including the due date) is exact over its rate periods and rounded HALF_UP to øre once, when it falls due.
 * The projected interest is the sum of those rounded amounts, so every column adds up to its total exactly.
 * A part of an instalment that reduces the principal lowers the base from the next day.
 *
 * <p>One instance serves one evaluation (it caches due dates) and is not shared between threads.
 */
final class Projection {

    /** The result of running a fixed instalment: how many were needed and what the debt fell short by. */
    record Run(int count, boolean cleared, long shortfall) {
    }

    /**
     * The instalment a number of months needs, in øre, and its run. The first instalment is {@code amount}, or all
     * that is owed when one instalment clears everything: {@link #firstInstalment()}.
     */
    record Solution(long amount, int months, Run run) {

        long firstInstalment() {
            return run.count() == 1 ? totalPaid() : amount;
        }

        /** The shortfall of a clearing run is everything paid less months × amount. */
        long totalPaid() {
            return amount * months + run.shortfall();
        }
    }

    /** The instalments of one run, column by column, in øre; room for {@code capacity} of them. */
    static final class Schedule {
        final long[] dueDay;
        final long[] amount;
        final long[] toCosts;
        final long[] toInterest;
        final long[] toPrincipal;
        final long[] remaining;
        int count;
        long projectedInterest;

        Schedule(int capacity) {
            dueDay = new long[capacity];
            amount = new long[capacity];
            toCosts = new long[capacity];
            toInterest = new long[capacity];
            toPrincipal = new long[capacity];
            remaining = new long[capacity];
        }
    }

    private final long today;
    private final long costs;
    private final long interest;
    private final long principal;
    private final RateCurve rates;
    private final AllocationOrder order;

    private LocalDate cachedFirst;
    private final long[] cachedDue = new long[Proposal.MAX_MONTHS];
    private int cachedCount;
    /** Solutions for {@link #cachedFirst}, by surcharge (none, or the one surcharge of the evaluation) and months. */
    private final Solution[][] solved = new Solution[2][Proposal.MAX_MONTHS + 1];
    private long solvedSurcharge = -1;
    private boolean anySolved;

    Projection(long today, long costs, long interest, long principal, RateCurve rates, AllocationOrder order) {
        this.today = today;
        this.costs = costs;
        this.interest = interest;
        this.principal = principal;
        this.rates = rates;
        this.order = order;
    }

    /** The balance today before any surcharge. */
    long balance() {
        return costs + interest + principal;
    }

    /** Epoch day of instalment {@code index} (0-based): the first date plus whole months, so 31 Jan → 28/29 Feb. */
    private long due(LocalDate first, int index) {
        if (!first.equals(cachedFirst)) {
            cachedFirst = first;
            cachedCount = 0;
            if (anySolved) {
                Arrays.fill(solved[0], null);
                Arrays.fill(solved[1], null);
                anySolved = false;
            }
        }
        while (cachedCount <= index) {
            cachedDue[cachedCount] = first.plusMonths(cachedCount).toEpochDay();
            cachedCount++;
        }
        return cachedDue[index];
    }

    /**
     * Pays {@code amount} øre a month from {@code first} for at most {@code maxCount} months, with {@code surcharge}
     * added to the costs. The shortfall is what is owed after those months less what was not needed of them:
     * positive when the debt is not cleared, at most 0 when it is. It falls by at least {@code maxCount} øre for each
     * øre more a month, because a larger instalment never makes the interest larger.
     * {@code out} (nullable) receives the instalments.
     */
    Run run(long surcharge, long amount, int maxCount, LocalDate first, Schedule out) {
        long c = costs + surcharge;
        long i = interest;
        long p = principal;
        long accruedUpTo = today;
        long unused = 0;
        long projected = 0;
        int count = 0;
        for (int k = 0; k < maxCount; k++) {
            long day = due(first, k);
            if (day > accruedUpTo) {
                long accrued = rates.interest(p, accruedUpTo, day);
                i += accrued;
                projected += accrued;
                accruedUpTo = day;
            }
            long pay = Math.min(amount, c + i + p);
            long left = pay;
            long paidCosts = 0;
            long paidInterest = 0;
            long paidPrincipal = 0;
            switch (order) {
                case COSTS_INTEREST_PRINCIPAL -> {
                    paidCosts = Math.min(left, c);
                    left -= paidCosts;
                    paidInterest = Math.min(left, i);
                    left -= paidInterest;
                    paidPrincipal = left;
                }
                case INTEREST_COSTS_PRINCIPAL -> {
                    paidInterest = Math.min(left, i);
                    left -= paidInterest;
                    paidCosts = Math.min(left, c);
                    left -= paidCosts;
                    paidPrincipal = left;
                }
                case PRINCIPAL_INTEREST_COSTS -> {
                    paidPrincipal = Math.min(left, p);
                    left -= paidPrincipal;
                    paidInterest = Math.min(left, i);
                    left -= paidInterest;
                    paidCosts = left;
                }
            }
            c -= paidCosts;
            i -= paidInterest;
            p -= paidPrincipal;
            if (out != null) {
                out.dueDay[k] = day;
                out.amount[k] = pay;
                out.toCosts[k] = paidCosts;
                out.toInterest[k] = paidInterest;
                out.toPrincipal[k] = paidPrincipal;
                out.remaining[k] = c + i + p;
            }
            count++;
            unused += amount - pay;
            if (c + i + p == 0) {
                unused += amount * (maxCount - count);
                break;
            }
        }
        if (out != null) {
            out.count = count;
            out.projectedInterest = projected;
        }
        long owed = c + i + p;
        return new Run(count, owed == 0, owed - unused);
    }

    /**
     * The smallest whole-krone instalment with which {@code months} instalments clear the debt (the last one
     * smaller), in øre. The shortfall falls by at least {@code months} øre per øre of instalment, so one step from
     * the interest-free bound brackets the answer, and a secant search on the nearly straight shortfall finishes
     * it in a few runs. Never a loop over days. Remembered for the first date last used, since the counter-offer
     * search and its check ask for the same months again.
     */
    Solution solve(long surcharge, int months, LocalDate first) {
        due(first, 0);
        if (surcharge != 0 && surcharge != solvedSurcharge) {
            if (solvedSurcharge != -1) {
                Arrays.fill(solved[1], null);
            }
            solvedSurcharge = surcharge;
        }
        int slot = surcharge == 0 ? 0 : 1;
        Solution solution = solved[slot][months];
        if (solution == null) {
            solution = search(surcharge, months, first);
            solved[slot][months] = solution;
            anySolved = true;
        }
        return solution;
    }

    private Solution search(long surcharge, int months, LocalDate first) {
        long owed = balance() + surcharge;
        long perKrone = 100L * months;
        // Fewer kroner than owed / months can never clear, so this bound is the answer when it clears.
        long low = Math.max(1, ceilDiv(owed, perKrone));
        Run lowRun = run(surcharge, low * 100, months, first, null);
        if (lowRun.shortfall() <= 0) {
            return new Solution(low * 100, months, lowRun);
        }
        long lowShortfall = lowRun.shortfall();
        long high = low + ceilDiv(lowShortfall, perKrone);
        Run highRun = run(surcharge, high * 100, months, first, null);
        long highShortfall = highRun.shortfall();
        boolean halve = false;
        long neighbour = 0;
        while (high - low > 1) {
            boolean probing = neighbour > low && neighbour < high;
            long candidate;
            if (probing) {
                candidate = neighbour;
            } else if (halve) {
                candidate = low + (high - low) / 2;
            } else {
                // The root of the line through (low, +) and (high, ≤ 0), rounded up to a krone. Only a guess, so a
                // double is fine here (and deterministic); the runs decide.
                double fraction = (double) lowShortfall / (double) (lowShortfall - highShortfall);
                candidate = low + (long) Math.ceil((high - low) * fraction);
                candidate = Math.max(low + 1, Math.min(high - 1, candidate));
            }
            Run candidateRun = run(surcharge, candidate * 100, months, first, null);
            long shortfall = candidateRun.shortfall();
            long before = high - low;
            if (shortfall <= 0) {
                high = candidate;
                highShortfall = shortfall;
                highRun = candidateRun;
            } else {
                low = candidate;
                lowShortfall = shortfall;
            }
            if (probing) {
                neighbour = 0;
            } else {
                // The secant lands next to the answer as a rule, so its neighbour on the other side settles it.
                neighbour = shortfall <= 0 ? candidate - 1 : candidate + 1;
                // A step that only trims one end is slow on a curved shortfall: halve the next time.
                halve = !halve && high - low > before / 2;
            }
        }
        return new Solution(high * 100, months, highRun);
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }
}
