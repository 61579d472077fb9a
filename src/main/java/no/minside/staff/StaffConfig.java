package no.minside.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Secrets and limits of staff accounts. */
@ConfigMapping(prefix = "minside.staff")
public interface StaffConfig {

    /**
     * At least 32 characters; from STAFF_KEY in production, kept apart from SESSION_KEY and LETTER_KEY. Seals the
     * authenticator secrets and the one-time passwords waiting to be shown, and keys the recovery codes' hashes:
     * changing it means every staff member enrols their authenticator again (an admin resets their two-factor).
     */
    String sealKey();

    /** How long a one-time password waits for the admin who issued it to see it; after that it is never shown. */
    @WithDefault("15m")
    Duration issuedPasswordShownWithin();
}
