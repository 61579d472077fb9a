package no.minside.plans.evaluation;

import java.time.LocalDate;

/**
 * Looks for the plan closest to what the debtor asked for that would be approved at once: a number of months, the
 * debtor's first due date when it is allowed, otherwise today + 14 days (or the end of the window when that is
 * sooner).
 *
 * <p>Within a surcharge regime (up to four instalments without it, five or more with it) the instalment never
 * rises with more months, so "at least the minimum" holds up to some number of months (a binary search below the
 * months asked for, clamped to what the policy allows) and "fits the budget" from some number on (a few jumps
 * above it, each to the fewest months the total paid so far could fit). The months closest to the request wins, the fewer months on a tie. The winner is assessed like any
 * proposal and returned only when approved; if that check ever disagrees, every months count in reach is assessed,
 * closest first. No candidate looks for counter-offers of its own.
 */
final class CounterOfferSearch {

    /** Days from today to the first due date of a counter-offer whose proposal had no usable date. */
    private static final int DEFAULT_FIRST_DUE_DAYS = 14;

    /**
     * What was found: an approved assessment, or none; then, when the budget is what rules a plan out, the longest
     * plan in reach and its instalment ({@code longestMonths} 0 otherwise).
     */
    record Result(Assessment approved, int longestMonths, long longestInstalment) {

        static final Result NONE = new Result(null, 0, 0);
    }

    private final Evaluation context;
    private final Projection projection;
    private final LocalDate proposedFirst;
    /** First instalment per regime and months, in øre; 0 = not worked out yet (an instalment is never 0). */
    private final long[][] firstInstalment = new long[2][Proposal.MAX_MONTHS + 1];
    private final int[][] count = new int[2][Proposal.MAX_MONTHS + 1];
    private final long[][] totalPaid = new long[2][Proposal.MAX_MONTHS + 1];
    /** Some regime had plans that passed every rule but the budget. */
    private boolean budgetBlocked;

    CounterOfferSearch(Evaluation context, Proposal proposal) {
        this.context = context;
        this.projection = context.projection();
        this.proposedFirst = proposal.firstDueDate();
    }

    Result search(Assessment original) {
        // No plan is approved at once while these hold, whatever its months; the rule reasons say what to do.
        if (context.openObjection() || context.legalStage() || context.recentBreak() != null
                || context.balance() > context.autoApproveCeiling()) {
            return Result.NONE;
        }
        int asked = original.proposal.months() != null
                ? original.proposal.months()
                : original.cleared ? original.months : Proposal.MAX_MONTHS;
        int fewest = context.deferralUsed() ? 2 : 1;

        int best = 0;
        int reach = 0;
        int[] regimeHigh = new int[2];
        for (int regime = 0; regime < 2; regime++) {
            int low;
            int high;
            if (!context.surchargeAllowed()) {
                if (regime == 1) {
                    break;
                }
                low = fewest;
                high = Proposal.MAX_MONTHS;
            } else if (regime == 0) {
                low = fewest;
                high = Evaluation.SURCHARGE_FREE_INSTALMENTS;
            } else {
                low = Evaluation.SURCHARGE_FREE_INSTALMENTS + 1;
                high = Proposal.MAX_MONTHS;
            }
            long total = context.balance() + surcharge(regime);
            if (total > context.autoApproveCeiling()) {
                continue;
            }
            high = Math.min(high, context.maximumMonthsFor(total));
            if (low > high) {
                continue;
            }
            regimeHigh[regime] = high;
            reach = Math.max(reach, high);
            int found = nearest(regime, low, high, Math.max(low, Math.min(high, asked)));
            if (found > 0 && (best == 0 || closer(found, best, asked))) {
                best = found;
            }
        }
        if (best > 0) {
            Assessment candidate = assess(best);
            if (candidate.decision == Decision.APPROVED) {
                return new Result(candidate, 0, 0);
            }
            return everyMonthsInReach(asked, fewest, reach);
        }
        return budgetNote(regimeHigh);
    }

    /** The shortcut's winner was not approved after all (an odd surcharge or a tiny balance): try them all. */
    private Result everyMonthsInReach(int asked, int fewest, int reach) {
        for (int distance = 0; asked - distance >= fewest || asked + distance <= reach; distance++) {
            int below = asked - distance;
            int above = asked + distance;
            if (below >= fewest && below <= reach) {
                Assessment next = assess(below);
                if (next.decision == Decision.APPROVED) {
                    return new Result(next, 0, 0);
                }
            }
            if (distance > 0 && above >= fewest && above <= reach) {
                Assessment next = assess(above);
                if (next.decision == Decision.APPROVED) {
                    return new Result(next, 0, 0);
                }
            }
        }
        return Result.NONE;
    }

    /**
     * The budget is what rules every plan out: report the longest plan in reach and its instalment, so the reason
     * can say what even that plan would cost.
     */
    private Result budgetNote(int[] regimeHigh) {
        if (!budgetBlocked) {
            return Result.NONE;
        }
        int longest = 0;
        long cheapest = Long.MAX_VALUE;
        for (int regime = 0; regime < 2; regime++) {
            if (regimeHigh[regime] > 0) {
                long instalment = instalment(regime, regimeHigh[regime]);
                if (instalment < cheapest) {
                    cheapest = instalment;
                    longest = regimeHigh[regime];
                }
            }
        }
        return new Result(null, longest, cheapest);
    }

    private static boolean closer(int months, int than, int asked) {
        int distance = Math.abs(months - asked);
        int otherDistance = Math.abs(than - asked);
        return distance < otherDistance || distance == otherDistance && months < than;
    }

    /**
     * The months in [low, high] nearest {@code target} that pass the minimum and the budget, or 0; notes when the
     * budget is what rules the regime out.
     */
    private int nearest(int regime, int low, int high, int target) {
        boolean minimumOk = minimumOk(regime, target);
        boolean budgetOk = budgetOk(regime, target);
        if (minimumOk && budgetOk) {
            return target;
        }
        if (!minimumOk) {
            // Too many months: fewer raise the instalment, which can only make the budget worse.
            if (!budgetOk) {
                budgetBlocked = true;
                return 0;
            }
            int lo = low;
            int hi = target - 1;
            int found = 0;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (minimumOk(regime, mid)) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (found > 0 && !budgetOk(regime, found)) {
                budgetBlocked = true;
                return 0;
            }
            return found;
        }
        // Not affordable: more months lower the instalment. No instalment is below total paid / months, and the total
        // paid only grows with the months (more interest), so fewer months than total paid at m / disposable cannot
        // fit either: jump there instead of trying every months count.
        long disposable = context.disposable();
        if (disposable <= 0) {
            budgetBlocked = true;
            return 0;
        }
        long owed = context.balance() + surcharge(regime);
        long months = Math.max(target + 1, ceilDiv(owed, disposable));
        while (months <= high) {
            int m = (int) months;
            if (instalment(regime, m) <= disposable) {
                if (minimumOk(regime, m)) {
                    return m;
                }
                break;
            }
            months = Math.max(m + 1L, ceilDiv(totalPaid[regime][m], disposable));
        }
        budgetBlocked = true;
        return 0;
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }

    /** At least the minimum, or one payment of everything. No instalment is below owed / months. */
    private boolean minimumOk(int regime, int months) {
        if (lowerBound(regime, months) >= context.minimumInstalment()) {
            return true;
        }
        instalment(regime, months);
        return count[regime][months] == 1 || firstInstalment[regime][months] >= context.minimumInstalment();
    }

    private boolean budgetOk(int regime, int months) {
        if (!context.hasBudget()) {
            return true;
        }
        if (lowerBound(regime, months) > context.disposable()) {
            return false;
        }
        return instalment(regime, months) <= context.disposable();
    }

    private long lowerBound(int regime, int months) {
        long owed = context.balance() + surcharge(regime);
        return (owed + months - 1) / months;
    }

    private long instalment(int regime, int months) {
        if (firstInstalment[regime][months] == 0) {
            Projection.Solution solution = projection.solve(surcharge(regime), months, firstFor(months));
            firstInstalment[regime][months] = solution.firstInstalment();
            count[regime][months] = solution.run().count();
            totalPaid[regime][months] = solution.totalPaid();
        }
        return firstInstalment[regime][months];
    }

    private long surcharge(int regime) {
        return regime == 1 ? context.surchargeAmount() : 0;
    }

    private Assessment assess(int months) {
        return context.assess(Proposal.ofMonths(months, firstFor(months)));
    }

    /** The debtor's date when it is allowed for this many months, else today + 14 days, capped to the window. */
    LocalDate firstFor(int months) {
        long window = context.lastFirstDueDay();
        if (months == 1) {
            window = Math.min(window, context.lastDeferralDay());
        }
        long proposed = proposedFirst.toEpochDay();
        if (proposed >= context.today() && proposed <= window) {
            return proposedFirst;
        }
        return LocalDate.ofEpochDay(Math.min(context.today() + DEFAULT_FIRST_DUE_DAYS, window));
    }
}
