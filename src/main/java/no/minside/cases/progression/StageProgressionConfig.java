package no.minside.cases.progression;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for the stage progression job. */
@ConfigMapping(prefix = "minside.stage-job")
public interface StageProgressionConfig {

    /** Every hour at minute 5, Oslo time. */
    String DEFAULT_CRON = "0 5 * * * ?";

    /** When the job runs (Quartz-style cron, Europe/Oslo); {@code off} or {@code disabled} turns it off. */
    @WithDefault(DEFAULT_CRON)
    String cron();

    /** Also run once at start-up, so a fresh dev database shows its demo cases brought up to date. */
    @WithDefault("false")
    boolean runAtStart();

    /** Open cases read and evaluated together, in a fixed number of queries per batch. */
    @WithDefault("200")
    int batchSize();
}
