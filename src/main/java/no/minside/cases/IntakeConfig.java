package no.minside.cases;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for the creditor intake. */
@ConfigMapping(prefix = "minside.intake")
public interface IntakeConfig {

    /** Accept synthetic test national ids (month + 40 or + 80); never in production. */
    @WithDefault("false")
    boolean acceptSyntheticNationalIds();
}
