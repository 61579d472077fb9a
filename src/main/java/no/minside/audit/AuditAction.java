package no.minside.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The actions the audit trail knows by name, grouped as the audit viewer offers them. Actions are free strings in
 * {@code audit_log}: one written by code that is not listed here is still shown and found, under its raw name.
 */
public enum AuditAction {

    STAFF_VIEWED_CASE(Group.ACCESS),
    STAFF_VIEWED_OBJECTION(Group.ACCESS),
    STAFF_DOWNLOADED_ATTACHMENT(Group.ACCESS),
    STAFF_SEARCHED(Group.ACCESS),
    STAFF_VIEWED_PLAN(Group.ACCESS),
    STAFF_VIEWED_PLAN_QUEUE(Group.ACCESS),
    STAFF_VIEWED_OBJECTION_QUEUE(Group.ACCESS),

    LOGIN_OK(Group.LOGIN),
    LOGIN_FAILED(Group.LOGIN),
    LOGIN_LOCKED(Group.LOGIN),
    LOGIN_WAIT(Group.LOGIN),
    BANKID_LOGIN(Group.LOGIN),
    BANKID_NO_CASES(Group.LOGIN),
    BANKID_LEVEL_TOO_LOW(Group.LOGIN),
    BANKID_NO_NATIONAL_ID(Group.LOGIN),
    LOGIN_PASSWORD_OK(Group.LOGIN),
    LOGIN_CODE_FAILED(Group.LOGIN),
    STAFF_SESSION_STARTED(Group.LOGIN),
    RECOVERY_CODE_USED(Group.LOGIN),
    TWO_FACTOR_ENROLLED(Group.LOGIN),
    STAFF_PASSWORD_CHANGED(Group.LOGIN),

    OBJECTION_DECIDED(Group.STAFF),
    NEW_PIN_ORDERED(Group.STAFF),
    PLAN_APPROVED(Group.STAFF),
    PLAN_REJECTED(Group.STAFF),
    PLAN_COUNTER_OFFERED(Group.STAFF),
    PLAN_COUNTER_OFFER_REFUSED(Group.STAFF),
    RATE_CHANGED(Group.STAFF),
    CREDITOR_CHANGED(Group.STAFF),
    CREDITOR_KEY_ROTATED(Group.STAFF),
    API_CLIENT_CREATED(Group.STAFF),
    API_CLIENT_REVOKED(Group.STAFF),
    STAFF_ACCOUNT_CREATED(Group.STAFF),
    STAFF_ROLE_CHANGED(Group.STAFF),
    STAFF_ACCOUNT_DISABLED(Group.STAFF),
    STAFF_ACCOUNT_ENABLED(Group.STAFF),
    STAFF_PASSWORD_RESET(Group.STAFF),
    STAFF_ACCOUNT_UNLOCKED(Group.STAFF),
    STAFF_TWO_FACTOR_RESET(Group.STAFF),
    AUDIT_CHAIN_CHECKED(Group.STAFF),

    OBJECTION_CREATED(Group.DEBTOR),
    OBJECTION_REPLIED(Group.DEBTOR),
    PROFILE_UPDATED(Group.DEBTOR),
    CASE_CONTACT_UPDATED(Group.DEBTOR),
    PLAN_EVALUATED(Group.DEBTOR),
    PLAN_ACCEPTED(Group.DEBTOR),
    PLAN_REFERRED(Group.DEBTOR),
    PLAN_OFFER_ACCEPTED(Group.DEBTOR),

    PAYMENT_HELD(Group.SYSTEMS),
    LETTERS_FETCHED(Group.SYSTEMS),
    LETTER_PRINTED(Group.SYSTEMS),
    PLAN_COMPLETED(Group.SYSTEMS),
    PLAN_BROKEN(Group.SYSTEMS),
    PLAN_OFFER_LAPSED(Group.SYSTEMS);

    /** Where an action belongs; {@link #ACCESS} is staff looking at a debtor's data. */
    public enum Group { ACCESS, LOGIN, STAFF, DEBTOR, SYSTEMS }

    private final Group group;

    AuditAction(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public static Optional<AuditAction> parse(String action) {
        return Arrays.stream(values()).filter(a -> a.name().equals(action)).findFirst();
    }

    public static List<AuditAction> of(Group group) {
        return Arrays.stream(values()).filter(a -> a.group == group).toList();
    }
}
