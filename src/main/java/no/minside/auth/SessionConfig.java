package no.minside.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How logged-in sessions behave. */
@ConfigMapping(prefix = "minside.session")
public interface SessionConfig {

    /** Secret (at least 32 characters) that session tokens are hashed with; from SESSION_KEY in production. */
    String key();

    /** A session unused this long ends (WCAG 2.2.1: the page warns before and offers to stay). */
    @WithDefault("15m")
    Duration idleTimeout();

    /** A session ends this long after login, however active. */
    @WithDefault("12h")
    Duration absoluteLifetime();

    /** Name of the session cookie. */
    @WithDefault("minside_session")
    String cookieName();

    /** How long before the idle timeout the page warns. */
    @WithDefault("2m")
    Duration warnBefore();
}
