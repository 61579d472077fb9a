package no.minside.rates;

/** The rate tables an admin keeps (DOMAIN.md: rates are data, not code). */
public enum RateTable {
    /** Late interest, one row per half-year (forsinkelsesrenteloven § 3). */
    INTEREST,
    /** The inkassosats, one row per period. */
    SATS,
    /** Living allowances, a set of six per date (the plan budget's livsoppholdssatser). */
    ALLOWANCES,
    /** The salær bands' lett multiples (inkassoforskriften § 2-2); not dated. */
    BAND;

    public static java.util.Optional<RateTable> parse(String value) {
        for (RateTable table : values()) {
            if (table.name().equals(value)) {
                return java.util.Optional.of(table);
            }
        }
        return java.util.Optional.empty();
    }
}
