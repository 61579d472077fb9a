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
 * every page needs them, so they are kept in memory rather than read (three queries) on every request; every
 * {@link #CHECK} at most, one request asks the database for their version (V18, moved by a trigger on any change),
 * and only a new version reads the tables again. So a change made on another instance, or by hand, is in this
 * instance's balances within {@link #CHECK}; on the instance that saved it at once ({@link #invalidate()}).
 */
@ApplicationScoped
public class RateTablesProvider {

    static final Duration CHECK = Duration.ofSeconds(2);

    private final RateRepository rates;
    private final TimeSource time;
    private volatile Cached cached;

    /** The tables with the version they were read at. */
    public record Versioned(RateTables tables, long version) {
    }

    private record Cached(Versioned rates, Instant checkedAt) {
    }

    RateTablesProvider(RateRepository rates, TimeSource time) {
        this.rates = rates;
        this.time = time;
    }

    public RateTables current() {
        return versioned().tables();
    }

    /**
     * The current tables and their version: what a view computed from the tables may be kept under
     * ({@code KeptCaseViews.Key}), instead of the tables themselves.
     */
    public Versioned versioned() {
        Cached snapshot = cached;
        Instant now = time.now();
        if (snapshot == null || !now.isBefore(snapshot.checkedAt().plus(CHECK)) || now.isBefore(snapshot.checkedAt())) {
            Versioned known = snapshot == null ? null : snapshot.rates();
            snapshot = new Cached(QuarkusTransaction.joiningExisting().call(() -> {
                // The version first: a change committed between the two reads then gives tables newer than their
                // version, which the next check reads again; never older tables under a newer version.
                long version = rates.version();
                return known != null && known.version() == version ? known : new Versioned(read(), version);
            }), now);
            cached = snapshot;
        }
        return snapshot.rates();
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
