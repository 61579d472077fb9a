package no.minside.throttle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.TimeSource;
import no.minside.common.TooManyAttemptsException;

import java.time.Duration;
import java.time.Instant;

/**
 * Wrong API keys from one client: after a few in a row its wrong keys are answered 429 with Retry-After until the
 * window ends. Right keys cost nothing here: a stranger's noise cannot lock a creditor out of the API.
 */
@ApplicationScoped
public class ApiKeyThrottle {

    /** How many wrong keys a client may send in a window. */
    @ConfigMapping(prefix = "minside.api-keys")
    public interface Config {

        /** Wrong keys one client address may send within {@link #window()} before it must wait for the window's end. */
        @WithDefault("10")
        int maxFailures();

        /** The window the wrong keys are counted in. */
        @WithDefault("15m")
        Duration window();
    }

    private final Throttles throttles;
    private final TimeSource time;
    private final Config config;

    ApiKeyThrottle(Throttles throttles, TimeSource time, Config config) {
        this.throttles = throttles;
        this.time = time;
        this.config = config;
    }

    /**
     * Answers a wrong key: 429 (with how long to wait) when the client already sent too many in the window, else it
     * is counted and the caller answers 401. A right key never comes here, so it is never held up.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refuseWrongKey(String client) {
        Throttle throttle = throttles.lock(key(client)).get(0);
        Instant now = time.now();
        Duration wait = throttle.waitBefore(now);
        if (!wait.isZero()) {
            throw new TooManyAttemptsException(wait);
        }
        if (throttle.countFailure(now, config.window()) >= config.maxFailures()) {
            throttle.nextAttemptAt = throttle.windowStart.plus(config.window());
        }
    }

    private static String key(String client) {
        return "api:" + client;
    }
}
