package no.minside.objections;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.minside.common.TimeSource;

import java.time.Duration;
import java.time.Instant;

/**
 * A gauge of open objections by how long they have waited, so operations see the one-week promise being kept:
 * {@code minside_objections_open{age="0-2d"|"3-5d"|"6-7d"|"over-7d"}}, the days waited for support since the
 * objection was sent or the debtor replied. One query per scrape, at most every 10 s.
 */
@ApplicationScoped
public class ObjectionMetrics {

    private static final Duration KEEP = Duration.ofSeconds(10);
    private static final String[] BANDS = {"0-2d", "3-5d", "6-7d", "over-7d"};

    private final ObjectionRepository objections;
    private final TimeSource time;
    private volatile long[] counts = new long[BANDS.length];
    private volatile Instant readAt = Instant.EPOCH;

    ObjectionMetrics(ObjectionRepository objections, TimeSource time) {
        this.objections = objections;
        this.time = time;
    }

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        for (int i = 0; i < BANDS.length; i++) {
            int band = i;
            Gauge.builder("minside.objections.open", this, metrics -> metrics.count(band))
                    .description("Open objections by the days they have waited for an answer")
                    .tag("age", BANDS[band]).register(registry);
        }
    }

    private double count(int band) {
        Instant now = Instant.now();
        if (now.isAfter(readAt.plus(KEEP))) {
            counts = read();
            readAt = now;
        }
        return counts[band];
    }

    /** The counts now, from the database. */
    long[] read() {
        return QuarkusTransaction.requiringNew().call(() -> objections.openByDaysWaited(time.today()));
    }
}
