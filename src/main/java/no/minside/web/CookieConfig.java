package no.minside.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the application's own cookies (session, language) are sent. */
@ConfigMapping(prefix = "minside.cookies")
public interface CookieConfig {

    /** Send cookies only over HTTPS; off only for plain-HTTP localhost in dev mode and tests. */
    @WithDefault("true")
    boolean secure();
}
