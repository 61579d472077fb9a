package no.minside.common;

/** The roles a session can have: a debtor, or one of the three staff roles (PRODUCT.md, "Who uses it"). */
public final class Roles {

    public static final String DEBTOR = "debtor";
    /** Support staff: objections, search, the case view. */
    public static final String SUPPORT = "support";
    /** Case officers: referred payment plans. */
    public static final String OFFICER = "officer";
    /** Admins: rate tables, creditor policies, staff accounts. */
    public static final String ADMIN = "admin";

    private Roles() {
    }

    public static boolean isStaff(String role) {
        return SUPPORT.equals(role) || OFFICER.equals(role) || ADMIN.equals(role);
    }
}
