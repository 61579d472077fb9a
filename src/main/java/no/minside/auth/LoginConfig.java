package no.minside.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on login attempts beyond the fixed five per case number. */
@ConfigMapping(prefix = "minside.login")
public interface LoginConfig {

    /**
     * Failed logins one client (address) may make within 15 minutes, over all case numbers and usernames, before
     * it is refused for 15 minutes. Behind a proxy, let Quarkus read the client address from forwarded headers
     * (quarkus.http.proxy.*), or every debtor shares the proxy's address.
     */
    @WithDefault("30")
    int clientMaxFailures();
}
