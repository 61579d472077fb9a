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
 * Wrong API keys from one client: after a few in a row the client is refused with 429 and Retry-After until the
 * window ends, without its key being looked at. Right keys cost one row read; wrong ones a write.
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

    /** Refuses a client that sent too many wrong keys in the window: a plain read, so right keys never queue. */
    @Transactional
    public void checkAllowed(String client) {
        Throttle throttle = throttles.find(key(client));
        Duration wait = throttle == null ? Duration.ZERO : throttle.waitBefore(time.now());
        if (!wait.isZero()) {
            throw new TooManyAttemptsException(wait);
        }
    }

    /** Counts a wrong key; from the limit on, the client waits until the window ends. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String client) {
        Throttle throttle = throttles.lock(key(client)).get(0);
        Instant now = time.now();
        if (throttle.countFailure(now, config.window()) >= config.maxFailures()) {
            throttle.nextAttemptAt = throttle.windowStart.plus(config.window());
        }
    }

    private static String key(String client) {
        return "api:" + client;
    }
}
