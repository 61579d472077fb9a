package no.minside.plans.evaluation;

import java.util.List;

/**
 * The late-interest rates as day ranges, for exact interest in whole øre: {@code principal × percent / 100 × days /
 * 365} summed over the rate periods of a stretch and rounded HALF_UP once for the stretch.
 */
final class RateCurve {

    /** Percent in units of 1/10 000 percent: a day's interest in øre is principal × units / 365 000 000. */
    private static final long DENOMINATOR = 365L * 100 * 10_000;

    private final long[] fromDay;
    private final long[] toDay;
    private final long[] units;

    RateCurve(List<RatePeriod> periods) {
        int n = periods.size();
        fromDay = new long[n];
        toDay = new long[n];
        units = new long[n];
        for (int i = 0; i < n; i++) {
            RatePeriod period = periods.get(i);
            fromDay[i] = period.validFrom().toEpochDay();
            toDay[i] = period.validTo() == null ? Long.MAX_VALUE : period.validTo().toEpochDay();
            units[i] = period.percent().movePointRight(4).setScale(0).longValueExact();
        }
    }

    /**
     * Interest on {@code principal} øre for the days after {@code fromExclusive} up to and including
     * {@code toInclusive} (epoch days). The periods are contiguous and open-ended (checked by the request).
     * The sum of {@code principal × units × days} over the periods is exact in a long for any real plan, and
     * divided once; if it would overflow (absurd amounts and rates), whole øre and the remainder are carried apart.
     */
    long interest(long principal, long fromExclusive, long toInclusive) {
        if (principal == 0 || toInclusive <= fromExclusive) {
            return 0;
        }
        long numerator = 0;
        long day = fromExclusive + 1;
        int k = indexOf(day);
        while (day <= toInclusive) {
            long end = Math.min(toDay[k], toInclusive);
            long days = end - day + 1;
            long perDay = principal * units[k];
            long piece = perDay * days;
            numerator += piece;
            if (Math.multiplyHigh(perDay, days) != 0 || piece < 0 || numerator < 0) {
                return carried(principal, fromExclusive, toInclusive);
            }
            day = end + 1;
            k++;
        }
        long whole = numerator / DENOMINATOR;
        long remainder = numerator - whole * DENOMINATOR;
        return remainder * 2 >= DENOMINATOR ? whole + 1 : whole;
    }

    /** The same sum with whole øre and the remainder kept apart, so nothing overflows. */
    private long carried(long principal, long fromExclusive, long toInclusive) {
        long whole = 0;
        long remainder = 0;
        long day = fromExclusive + 1;
        int k = indexOf(day);
        while (day <= toInclusive) {
            long end = Math.min(toDay[k], toInclusive);
            long days = end - day + 1;
            long perDay = principal * units[k];
            whole += perDay / DENOMINATOR * days;
            remainder += perDay % DENOMINATOR * days;
            whole += remainder / DENOMINATOR;
            remainder %= DENOMINATOR;
            day = end + 1;
            k++;
        }
        return remainder * 2 >= DENOMINATOR ? whole + 1 : whole;
    }

    /** The period holding {@code day}; the request made sure one does. */
    private int indexOf(long day) {
        int low = 0;
        int high = toDay.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (toDay[mid] < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (fromDay[low] > day || toDay[low] < day) {
            throw new IllegalStateException("no rate period holds epoch day " + day);
        }
        return low;
    }
}
