package no.minside.rates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.fees.FeeBand;
import no.minside.fees.InkassoRate;
import no.minside.fees.InterestRate;
import no.minside.fees.RateTables;

/** The rate tables as the balance engine takes them, read from the database (three small queries). */
@ApplicationScoped
public class RateTablesProvider {

    private final RateRepository rates;

    RateTablesProvider(RateRepository rates) {
        this.rates = rates;
    }

    @Transactional
    public RateTables current() {
        return new RateTables(
                rates.inkassoRates().stream()
                        .map(r -> new InkassoRate(r.validFrom, r.validTo, r.amount, r.provisional)).toList(),
                rates.lateInterestRates().stream()
                        .map(r -> new InterestRate(r.validFrom, r.validTo, r.rate, r.provisional)).toList(),
                rates.feeBands().stream().map(b -> new FeeBand(b.principalUpTo, b.lightMultiple)).toList());
    }
}
