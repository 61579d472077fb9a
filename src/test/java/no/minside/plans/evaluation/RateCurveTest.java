package no.minside.plans.evaluation;

import static no.minside.plans.evaluation.PlanRequests.date;
import static no.minside.plans.evaluation.PlanRequests.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Interest for one instalment period, exact over its rate periods and rounded HALF_UP to øre once. */
class RateCurveTest {

    /** 12.25 % to the end of 2025, 12.00 % for 2026 H1, 100 % after (only to reach the overflow guard). */
    private final RateCurve rates = new RateCurve(List.of(
            new RatePeriod(date("2025-07-01"), date("2025-12-31"), money("12.25")),
            new RatePeriod(date("2026-01-01"), date("2026-06-30"), money("12.00")),
            new RatePeriod(date("2026-07-01"), null, money("100"))));

    @ParameterizedTest(name = "{0} øre from {1} to {2}: {3} øre")
    @CsvSource({
        // principal øre, after,      up to,      interest øre
        "1000000,        2025-12-01, 2025-12-01, 0",          // no days
        "1000000,        2025-12-01, 2025-12-02, 336",        // 10 000 × 12.25 / 36 500 = 3.3562 → 3.36
        // 20 000: 11 days × 12.25 + 10 days × 12.00 = 20 000 × 254.75 / 36 500 = 139.5890 → 139.59
        "2000000,        2025-12-20, 2026-01-10, 13959",
        "73000,          2025-12-01, 2025-12-02, 25",         // 730 × 12.25 / 36 500 = 0.245 exactly → 0.25
        "72999,          2025-12-01, 2025-12-02, 24",         // 729.99 × 12.25 / 36 500 = 0.24499… → 0.24
        "2,              2025-12-01, 2025-12-31, 0",          // 0.02 × 12.25 × 30 / 36 500 = 0.0002 kr → 0
        // 1 000 000 000 kr at 100 % for 100 days overflows a long as one product: 10^11 × 100 / 365
        // = 27 397 260 273.97 øre → 27 397 260 274 (the carried path).
        "100000000000,   2026-07-01, 2026-10-09, 27397260274",
    })
    void interestIsExactAndRoundedOncePerStretch(long principal, String after, String upTo, long expected) {
        assertThat(rates.interest(principal, date(after).toEpochDay(), date(upTo).toEpochDay())).isEqualTo(expected);
    }
}
