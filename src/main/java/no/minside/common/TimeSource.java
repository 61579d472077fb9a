package no.minside.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one place the application reads the time: dates are in Europe/Oslo. Tests replace it to move the clock. */
@ApplicationScoped
public class TimeSource {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public Clock clock() {
        return Clock.system(OSLO);
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public Instant now() {
        return clock().instant();
    }
}
