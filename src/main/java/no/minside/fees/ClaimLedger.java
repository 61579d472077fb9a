package no.minside.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The running balance of one claim while {@link CaseTimeline} walks through the days of its case. */
final class ClaimLedger {

    /** Interest is summed as principal × percent × days; / (365 days × 100 %) gives NOK, also in leap years. */
    private static final BigDecimal DAYS_PERCENT = BigDecimal.valueOf(36_500);
    private static final BigDecimal ONE_ORE = new BigDecimal("0.01");

    private final ClaimFacts facts;
    private final FeeBand band;
    private final Charge principal;
    private final Charge interest = new Charge();
    private final Charge reminderFee = new Charge();
    private final Charge salaer = new Charge();
    private final List<InterestSegment> interestSegments = new ArrayList<>();
    private BigDecimal interestSum = BigDecimal.ZERO;
    /** Interest has been charged for every day after the due date up to and including this one. */
    private LocalDate accruedThrough;

    private LocalDate reminderFeeOn;
    private boolean reminderFeeRecorded;
    private CostType salaerType;
    private LocalDate salaerOn;
    private boolean salaerRecorded;
    private FeeAmount salaerFee;
    private LocalDate paidInFullOn;

    ClaimLedger(ClaimFacts facts, FeeBand band) {
        this.facts = facts;
        this.band = band;
        this.principal = new Charge(facts.principal());
        this.accruedThrough = facts.dueDate();
    }

    /** Charges simple interest on the outstanding principal for each day up to {@code through}, per rate period. */
    void accrueInterest(LocalDate through, RateTables rates) {
        if (!through.isAfter(accruedThrough)) {
            return;
        }
        BigDecimal base = principal.outstanding();
        if (base.signum() > 0) {
            LocalDate from = accruedThrough.plusDays(1);
            while (!from.isAfter(through)) {
                InterestRate rate = rates.interestRateOn(from);
                LocalDate to = rate.validTo() == null || rate.validTo().isAfter(through) ? through : rate.validTo();
                addInterest(from, to, base, rate);
                from = to.plusDays(1);
            }
            // Rounded once from the exact sum, never per period.
            interest.charge(interestSum.divide(DAYS_PERCENT, 2, RoundingMode.HALF_UP));
        }
        accruedThrough = through;
    }

    private void addInterest(LocalDate from, LocalDate to, BigDecimal base, InterestRate rate) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal sum = base.multiply(rate.percent()).multiply(BigDecimal.valueOf(days));
        interestSum = interestSum.add(sum);
        InterestSegment last = interestSegments.isEmpty() ? null : interestSegments.get(interestSegments.size() - 1);
        if (last != null && last.continuesWith(from, base, rate)) {
            last.extend(to, sum);
        } else {
            interestSegments.add(new InterestSegment(from, to, base, rate, sum));
        }
    }

    void incurReminderFee(LocalDate on, boolean recorded) {
        reminderFeeOn = on;
        reminderFeeRecorded = recorded;
        reminderFee.charge(facts.reminderFee());
        paidInFullOn = null;
    }

    /** Charges lett or tungt salær; tungt replaces lett, and a lett arriving after tungt changes nothing. */
    boolean incurSalaer(CostType type, LocalDate on, boolean recorded, FeeAmount fee) {
        if (salaerType == CostType.HEAVY_FEE && type == CostType.LIGHT_FEE) {
            return false;
        }
        salaerType = type;
        salaerOn = on;
        salaerRecorded = recorded;
        price(fee);
        paidInFullOn = null;
        return true;
    }

    void price(FeeAmount fee) {
        salaerFee = fee;
        salaer.charge(fee.amount());
    }

    /** The salær is priced at the sats of the day the claim is paid in full, or of today while it is not. */
    boolean salaerFollowsSats() {
        return salaerType != null && paidInFullOn == null;
    }

    void paidInFullOn(LocalDate day) {
        paidInFullOn = day;
    }

    BigDecimal outstanding() {
        return principal.outstanding().add(interest.outstanding()).add(feesOutstanding());
    }

    BigDecimal feesCharged() {
        return reminderFee.amount().add(salaer.amount());
    }

    BigDecimal feesOutstanding() {
        return reminderFee.outstanding().add(salaer.outstanding());
    }

    BigDecimal paid() {
        return principal.paid().add(interest.paid()).add(reminderFee.paid()).add(salaer.paid());
    }

    /**
     * The interest per period, rounded so that the rows add up exactly to the claim's interest (which is rounded
     * once from the exact sum): each row is rounded down to øre, and the øre still missing go one each to the rows
     * with the largest remainders, earlier rows first on a tie (largest-remainder rounding, DOMAIN.md).
     */
    List<InterestLine> interestLines() {
        int n = interestSegments.size();
        BigDecimal[] exact = new BigDecimal[n];
        BigDecimal[] rounded = new BigDecimal[n];
        BigDecimal sumOfFloors = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            // Truncated far below an øre, so rounding down to øre afterwards is the true floor.
            exact[i] = interestSegments.get(i).sum.divide(DAYS_PERCENT, 12, RoundingMode.DOWN);
            rounded[i] = exact[i].setScale(2, RoundingMode.DOWN);
            sumOfFloors = sumOfFloors.add(rounded[i]);
        }
        int missing = interest.amount().subtract(sumOfFloors).movePointRight(2).intValueExact();
        List<Integer> byRemainder = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort((a, b) -> exact[b].subtract(rounded[b]).compareTo(exact[a].subtract(rounded[a])));
        for (int k = 0; k < missing; k++) {
            int i = byRemainder.get(k);
            rounded[i] = rounded[i].add(ONE_ORE);
        }
        List<InterestLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(interestSegments.get(i).toLine(facts.id(), rounded[i]));
        }
        return lines;
    }

    ClaimFacts facts() {
        return facts;
    }

    long id() {
        return facts.id();
    }

    FeeBand band() {
        return band;
    }

    Charge principal() {
        return principal;
    }

    Charge interest() {
        return interest;
    }

    Charge reminderFee() {
        return reminderFee;
    }

    Charge salaer() {
        return salaer;
    }

    LocalDate reminderFeeOn() {
        return reminderFeeOn;
    }

    boolean reminderFeeRecorded() {
        return reminderFeeRecorded;
    }

    CostType salaerType() {
        return salaerType;
    }

    LocalDate salaerOn() {
        return salaerOn;
    }

    boolean salaerRecorded() {
        return salaerRecorded;
    }

    FeeAmount salaerFee() {
        return salaerFee;
    }

    LocalDate paidInFullOn() {
        return paidInFullOn;
    }

    /** Days of interest at one rate on one principal; consecutive accruals extend it instead of adding lines. */
    private static final class InterestSegment {

        private final LocalDate from;
        private LocalDate to;
        private final BigDecimal base;
        private final InterestRate rate;
        private BigDecimal sum;

        InterestSegment(LocalDate from, LocalDate to, BigDecimal base, InterestRate rate, BigDecimal sum) {
            this.from = from;
            this.to = to;
            this.base = base;
            this.rate = rate;
            this.sum = sum;
        }

        boolean continuesWith(LocalDate nextFrom, BigDecimal nextBase, InterestRate nextRate) {
            return to.plusDays(1).equals(nextFrom) && base.compareTo(nextBase) == 0 && rate.equals(nextRate);
        }

        void extend(LocalDate newTo, BigDecimal moreSum) {
            to = newTo;
            sum = sum.add(moreSum);
        }

        InterestLine toLine(long claimId, BigDecimal amount) {
            return new InterestLine(claimId, from, to, ChronoUnit.DAYS.between(from, to) + 1, base, rate.percent(),
                    rate.provisional(), sum.divide(DAYS_PERCENT, 10, RoundingMode.HALF_UP), amount);
        }
    }
}
