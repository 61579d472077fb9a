package no.minside.support;

import io.quarkus.test.Mock;
import no.minside.common.TimeSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The application clock in tests: real time, or a fixed instant, shifted by whatever a test asks. */
@Mock
public class TestClock extends TimeSource {

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Clock clock() {
        Clock base = fixed == null ? Clock.system(OSLO) : Clock.fixed(fixed, OSLO);
        return Clock.offset(base, offset);
    }

    public void fixAt(Instant instant) {
        this.fixed = instant;
    }

    public void shift(Duration by) {
        this.offset = offset.plus(by);
    }

    public void reset() {
        this.fixed = null;
        this.offset = Duration.ZERO;
    }
}
