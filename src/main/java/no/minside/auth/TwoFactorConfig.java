package no.minside.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The second step of a staff login. */
@ConfigMapping(prefix = "minside.two-factor")
public interface TwoFactorConfig {

    /** The name the authenticator app shows above the account's codes. */
    @WithDefault("Nordlys Inkasso Min side")
    String issuer();

    /** How long a login halfway (the password right, the code or the new password still to come) waits. */
    @WithDefault("10m")
    Duration stepTimeout();
}
