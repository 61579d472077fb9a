package no.minside.cases.progression;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.common.TimeSource;

/**
 * Runs the stage progression for today's date in Norway on the schedule {@code minside.stage-job.cron} (hourly by
 * default; {@code off} disables it). Overlapping runs in one instance are skipped; runs in two instances are safe
 * because the service locks each case it writes.
 */
@ApplicationScoped
public class StageProgressionJob {

    private final StageProgressionService progression;
    private final TimeSource time;
    private final StageProgressionConfig config;

    StageProgressionJob(StageProgressionService progression, TimeSource time, StageProgressionConfig config) {
        this.progression = progression;
        this.time = time;
        this.config = config;
    }

    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        if (config.runAtStart()) {
            run();
        }
    }

    @Scheduled(identity = "stage-progression",
            cron = "${minside.stage-job.cron:" + StageProgressionConfig.DEFAULT_CRON + "}",
            timeZone = "Europe/Oslo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run();
    }

    /** One run as of today; returns how many cases moved on. */
    public int run() {
        return progression.advance(time.today());
    }
}
