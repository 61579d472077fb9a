package no.minside.plans;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of payment plans: the policy's name, the answer time promised for a referral, and the plan job. */
@ConfigMapping(prefix = "minside.plans")
public interface PlanConfig {

    /** Every day at 07:00, Oslo time: reminders arrive in the morning. */
    String DEFAULT_CRON = "0 0 7 * * ?";

    /** The name of the agency's plan policy (DOMAIN.md defaults), stored with every evaluation. */
    @WithDefault("agency-2026-1")
    String policyVersion();

    /** Working days (Monday to Friday) a case officer has to answer a referred plan; the debtor is told the date. */
    @WithDefault("2")
    int answerWorkingDays();

    /** An instalment unpaid this many days after its due date breaks the plan (DOMAIN.md: 14). */
    @WithDefault("14")
    int breakAfterDays();

    /** A reminder this many days before an instalment falls due, for debtors who opted in. */
    @WithDefault("3")
    int remindDaysBefore();

    /** A warning this many days after an instalment fell due unpaid, a week before the plan breaks. */
    @WithDefault("7")
    int warnDaysAfterDue();

    /** Days from today to the first due date the page suggests (and the options use). */
    @WithDefault("14")
    int suggestedFirstDueDays();

    /** When the plan job runs (Quartz-style cron, Europe/Oslo); {@code off} turns it off. */
    @WithDefault(DEFAULT_CRON)
    String jobCron();
}
