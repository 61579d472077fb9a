package no.minside.staff;

import java.time.Instant;

/** What the account admin pages show. */
public final class StaffAdminViews {

    private StaffAdminViews() {
    }

    /** One account as the list and its own page show it. */
    public record AccountRow(long id, String username, String displayName, String role, boolean active,
                             boolean twoFactor, Instant lockedUntil, boolean mustChangePassword, Instant createdAt,
                             long version) {

        public boolean locked() {
            return lockedUntil != null;
        }
    }

    /**
     * One account's page: the account, the one-time password when it was just issued to the admin looking (shown
     * this once), and whether the account is the admin's own.
     */
    public record AccountPage(AccountRow account, String issuedPassword, boolean own) {
    }
}
