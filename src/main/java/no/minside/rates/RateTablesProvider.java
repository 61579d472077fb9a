package no.minside.rates;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.common.TimeSource;
import no.minside.fees.FeeBand;
import no.minside.fees.InkassoRate;
import no.minside.fees.InterestRate;
import no.minside.fees.RateTables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The rate tables as the balance engine takes them, read from the database. Rates change a few times a year, and
 * every page needs them, so they are kept for a minute rather than read (three queries) on every request.
 */
@ApplicationScoped
public class RateTablesProvider {

    static final Duration KEEP = Duration.ofMinutes(1);

    private final RateRepository rates;
    private final TimeSource time;
    private volatile Cached cached;

    private record Cached(RateTables tables, Instant readAt) {
    }

    RateTablesProvider(RateRepository rates, TimeSource time) {
        this.rates = rates;
        this.time = time;
    }

    public RateTables current() {
        Cached snapshot = cached;
        Instant now = time.now();
        if (snapshot == null || !now.isBefore(snapshot.readAt().plus(KEEP)) || now.isBefore(snapshot.readAt())) {
            snapshot = new Cached(QuarkusTransaction.joiningExisting().call(this::read), now);
            cached = snapshot;
        }
        return snapshot.tables();
    }

    /** Forget the kept tables, so the next caller reads them anew (after an admin changes a rate). */
    public void invalidate() {
        cached = null;
    }

    private RateTables read() {
        return tablesOf(rates.inkassoRates(), rates.lateInterestRates(), rates.feeBands());
    }

    /**
     * The late-interest periods. The last half-year is stored open-ended, carried forward until an admin enters the
     * next; the days past its own half-year are provisional whatever it says, since their rate is not known yet.
     */
    static List<InterestRate> interestRates(List<LateInterestRateRow> rows) {
        List<InterestRate> rates = new java.util.ArrayList<>();
        for (LateInterestRateRow r : rows) {
            LocalDate halfYearEnd = r.validFrom.plusMonths(6).minusDays(1);
            if (r.validTo == null && !r.provisional) {
                rates.add(new InterestRate(r.validFrom, halfYearEnd, r.rate, false));
                rates.add(new InterestRate(halfYearEnd.plusDays(1), null, r.rate, true));
            } else {
                rates.add(new InterestRate(r.validFrom, r.validTo, r.rate, r.provisional));
            }
        }
        return rates;
    }

    /** The engine's tables from the stored rows. */
    static RateTables tablesOf(List<InkassoRateRow> inkasso, List<LateInterestRateRow> interest,
                               List<FeeBandRow> bands) {
        return new RateTables(
                inkasso.stream().map(r -> new InkassoRate(r.validFrom, r.validTo, r.amount, r.provisional)).toList(),
                interestRates(interest),
                bands.stream().map(b -> new FeeBand(b.principalUpTo, b.lightMultiple)).toList());
    }
}
