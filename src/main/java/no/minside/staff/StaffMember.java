package no.minside.staff;

/** A member of staff as the rest of the application sees them: no password hash. */
public record StaffMember(long id, String username, String displayName, String role) {

    static StaffMember of(StaffAccount account) {
        return new StaffMember(account.id, account.username, account.displayName, account.role);
    }
}
