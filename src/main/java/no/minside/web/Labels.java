package no.minside.web;

import io.quarkus.qute.TemplateExtension;
import no.minside.cases.CaseEventType;
import no.minside.cases.CaseStage;
import no.minside.fees.CostType;
import no.minside.fees.NextStep;

/** Localized names for the enums pages show, from the message bundle in the page's language. */
@TemplateExtension
public final class Labels {

    private Labels() {
    }

    static String label(CaseStage stage, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Messages m = messages(locale);
        return switch (stage) {
            case COLLECTION_NOTICE -> m.stage_COLLECTION_NOTICE();
            case PAYMENT_DEMAND -> m.stage_PAYMENT_DEMAND();
            case LEGAL -> m.stage_LEGAL();
            case PAID -> m.stage_PAID();
            case CANCELLED -> m.stage_CANCELLED();
        };
    }

    static String label(CaseEventType type, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Messages m = messages(locale);
        return switch (type) {
            case CASE_OPENED -> m.event_CASE_OPENED();
            case COLLECTION_NOTICE_SENT -> m.event_COLLECTION_NOTICE_SENT();
            case PAYMENT_DEMAND_SENT -> m.event_PAYMENT_DEMAND_SENT();
            case FEE_ADDED -> m.event_FEE_ADDED();
            case PAYMENT_RECEIVED -> m.event_PAYMENT_RECEIVED();
            case LEGAL_STEP -> m.event_LEGAL_STEP();
            case PAID -> m.event_PAID();
            case CANCELLED -> m.event_CANCELLED();
            case OBJECTION_OPENED -> m.event_OBJECTION_OPENED();
            case OBJECTION_DECIDED -> m.event_OBJECTION_DECIDED();
            case PLAN_STARTED -> m.event_PLAN_STARTED();
            case PLAN_BROKEN -> m.event_PLAN_BROKEN();
            case PLAN_COMPLETED -> m.event_PLAN_COMPLETED();
        };
    }

    static String label(CostType type, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Messages m = messages(locale);
        return switch (type) {
            case COLLECTION_NOTICE_FEE -> m.fee_COLLECTION_NOTICE_FEE();
            case LIGHT_FEE -> m.fee_LIGHT_FEE();
            case HEAVY_FEE -> m.fee_HEAVY_FEE();
            case REMINDER_FEE -> m.fee_REMINDER_FEE();
        };
    }

    /** What happens at the next deadline and what it adds, in a sentence. */
    static String explain(NextStep next, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Messages m = messages(locale);
        if (next.paused()) {
            return m.next_PAUSED();
        }
        String amount = next.adds() == null ? "" : Formats.nok(next.adds());
        return switch (next.kind()) {
            case PAYMENT_DEMAND -> m.next_PAYMENT_DEMAND();
            case LIGHT_FEE -> m.next_LIGHT_FEE(amount);
            case HEAVY_FEE -> m.next_HEAVY_FEE(amount);
            case LEGAL -> m.next_LEGAL();
            case NONE -> m.next_NONE();
        };
    }

    private static Messages messages(Object locale) {
        String lang = locale != null && locale.toString().startsWith("en") ? "en" : "nb";
        return Localized.messages(lang);
    }
}
