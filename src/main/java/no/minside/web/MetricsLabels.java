package no.minside.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * Keeps the HTTP metrics' labels to a fixed set, so a stranger cannot add series: a method outside the standard
 * ones is counted as OTHER (the route templates and the 4xx rule are in application.properties).
 */
public class MetricsLabels {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Produces
    @Singleton
    MeterFilter standardMethodsOnly() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server")) {
                    return id;
                }
                String method = id.getTag("method");
                if (method == null || METHODS.contains(method)) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream()
                        .map(tag -> tag.getKey().equals("method") ? Tag.of("method", "OTHER") : tag).toList();
                return id.replaceTags(tags);
            }
        };
    }
}
