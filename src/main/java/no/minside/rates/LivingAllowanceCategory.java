package no.minside.rates;

/** The household members a living allowance is set for, as stored in {@code living_allowance.category}. */
public enum LivingAllowanceCategory {
    SINGLE_ADULT,
    ADULT_IN_COUPLE,
    CHILD_0_5,
    CHILD_6_10,
    CHILD_11_14,
    CHILD_15_PLUS
}
