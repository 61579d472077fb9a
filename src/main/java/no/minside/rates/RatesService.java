package no.minside.rates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.TimeSource;
import no.minside.fees.DebtorKind;
import no.minside.fees.CostType;
import no.minside.fees.FeeBand;
import no.minside.fees.FeeSchedule;
import no.minside.fees.InkassoRate;
import no.minside.fees.RateTables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Works out the public rates page: the rate history as stored, and the salær and collection notice fee at the
 * inkassosats in force today. Three queries, one per rate table.
 */
@ApplicationScoped
public class RatesService {

    /** Where one band ends and the next begins. */
    private static final BigDecimal ONE_ORE = new BigDecimal("0.01");

    private final RateRepository repository;
    private final TimeSource time;

    RatesService(RateRepository repository, TimeSource time) {
        this.repository = repository;
        this.time = time;
    }

    @Transactional
    public RatesView view() {
        LocalDate today = time.today();
        List<InkassoRateRow> inkassoRows = repository.inkassoRates();
        List<LateInterestRateRow> interestRows = repository.lateInterestRates();
        List<FeeBandRow> bandRows = repository.feeBands();

        // The engine's own tables from the rows just read, so the page and a case's fee lines pick the sats and
        // the band the same way.
        RateTables tables = RateTablesProvider.tablesOf(inkassoRows, interestRows, bandRows);
        InkassoRate sats = tables.inkassoRateOn(today);

        List<RatesView.InterestLine> interest = interestRows.stream()
                .sorted(Comparator.comparing((LateInterestRateRow r) -> r.validFrom).reversed())
                .map(r -> interestLine(r, today)).toList();
        return new RatesView(
                today,
                new RatesView.Sats(sats.amount(), sats.provisional()),
                FeeSchedule.collectionNoticeFee(sats),
                interest.stream().filter(RatesView.InterestLine::inForce).findFirst().orElse(null),
                inkassoRows.stream()
                        .sorted(Comparator.comparing((InkassoRateRow r) -> r.validFrom).reversed())
                        .map(r -> new RatesView.InkassoRateLine(r.validFrom, r.validTo, r.amount, r.provisional,
                                r.officialSource, covers(r.validFrom, r.validTo, today)))
                        .toList(),
                bandLines(tables.feeBands(), sats),
                interest);
    }

    /** Each band's salær at today's sats, without VAT, computed by the engine's own formulas. */
    private static List<RatesView.FeeBandLine> bandLines(List<FeeBand> bands, InkassoRate sats) {
        List<RatesView.FeeBandLine> lines = new ArrayList<>();
        BigDecimal previousLimit = null;
        for (FeeBand band : bands) {
            lines.add(new RatesView.FeeBandLine(
                    previousLimit == null ? null : previousLimit.add(ONE_ORE),
                    band.upTo(),
                    band.lightMultiple(),
                    FeeSchedule.salaer(band, CostType.LIGHT_FEE, DebtorKind.CONSUMER, true, sats),
                    FeeSchedule.salaer(band, CostType.HEAVY_FEE, DebtorKind.CONSUMER, true, sats),
                    FeeSchedule.salaer(band, CostType.LIGHT_FEE, DebtorKind.BUSINESS, true, sats),
                    FeeSchedule.salaer(band, CostType.HEAVY_FEE, DebtorKind.BUSINESS, true, sats)));
            previousLimit = band.upTo();
        }
        return lines;
    }

    private static RatesView.InterestLine interestLine(LateInterestRateRow row, LocalDate today) {
        Integer half = halfYear(row.validFrom, row.validTo);
        return new RatesView.InterestLine(row.validFrom, row.validTo, row.validFrom.getYear(), half, row.rate,
                row.provisional, row.officialSource, covers(row.validFrom, row.validTo, today));
    }

    /** 1 or 2 when the period is the first or second half of a year (an open end counts), else null. */
    private static Integer halfYear(LocalDate from, LocalDate to) {
        boolean starts = from.getDayOfMonth() == 1 && (from.getMonthValue() == 1 || from.getMonthValue() == 7);
        boolean ends = to == null || to.equals(from.plusMonths(6).minusDays(1));
        if (!starts || !ends) {
            return null;
        }
        return from.getMonthValue() == 1 ? 1 : 2;
    }

    private static boolean covers(LocalDate from, LocalDate to, LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
