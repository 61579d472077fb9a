package no.minside.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The per-address part of the login protection (README, "Login protection"). */
@ConfigMapping(prefix = "minside.login")
public interface LoginConfig {

    /**
     * Failed logins one client address may make within 15 minutes, over all case numbers and usernames, before each
     * further attempt from it must wait: 1 s, then 2 s, 4 s … up to 15 minutes. Browsers that have logged in to the
     * login before do not wait. Behind a proxy, let Quarkus read the client address from forwarded headers
     * (quarkus.http.proxy.*), or every debtor shares the proxy's address.
     */
    @WithDefault("30")
    int clientDelayAfter();
}
