package no.minside.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How large a request body may be, per kind of route (RequestSizeLimits). quarkus.http.limits.max-body-size stays a
 * little above {@link #upload()}: it is the backstop for bodies sent without a length, and answers a bare 413.
 */
@ConfigMapping(prefix = "minside.limits")
public interface RequestSizeConfig {

    /** Every body except the objection uploads: the JSON APIs and ordinary forms, which carry a few KB. */
    @WithDefault("1M")
    MemorySize body();

    /** The objection form and its reply, which carry up to five files of 10 MB each, plus the text. */
    @WithDefault("55M")
    MemorySize upload();
}
