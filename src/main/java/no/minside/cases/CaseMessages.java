package no.minside.cases;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the case overview and the case detail, and the names of stages, events and fees. Bokmål in ui-templates/messages/cases.properties (the default), English in
 * cases_en.properties; templates use them as {@code {cases:key}}.
 */
@MessageBundle(value = "cases", locale = "nb")
public interface CaseMessages {

    /** The name of a CaseStage as the debtor reads it. */
    @Message
    String stage(CaseStage value);

    /** The name of a CaseEventType as the debtor reads it. */
    @Message
    String event(CaseEventType value);

    /** The name of a CostType as the debtor reads it. */
    @Message
    String fee(no.minside.fees.CostType value);

    @Message
    String next_payment_demand();

    @Message
    String next_light_fee(String amount);

    @Message
    String next_heavy_fee(String amount);

    @Message
    String next_legal();

    @Message
    String next_none();

    @Message
    String next_paused();

    @Message
    String overview_title();

    @Message
    String overview_lead();

    @Message
    String overview_none();

    @Message
    String overview_case_number();

    @Message
    String overview_status();

    @Message
    String overview_next_deadline();

    @Message
    String overview_amount_due();

    @Message
    String overview_open();

    @Message
    String title(String caseNumber);

    @Message
    String summary();

    @Message
    String status();

    @Message
    String total_due();

    @Message
    String principal();

    @Message
    String interest();

    @Message
    String fees();

    @Message
    String paid();

    @Message
    String overpaid();

    @Message
    String next();

    @Message
    String next_deadline();

    @Message
    String pay_title();

    @Message
    String pay_account();

    @Message
    String pay_kid();

    @Message
    String pay_amount();

    @Message
    String pay_note();

    @Message
    String claims_title();

    @Message
    String claim_invoice();

    @Message
    String claim_description();

    @Message
    String claim_due();

    @Message
    String claim_principal();

    @Message
    String claim_cancelled();

    @Message
    String fees_title();

    @Message
    String fees_col_type();

    @Message
    String fees_col_basis();

    @Message
    String fees_col_date();

    @Message
    String fees_col_sats();

    @Message
    String fees_col_vat();

    @Message
    String fees_col_amount();

    @Message
    String fees_col_provisional();

    @Message
    String interest_title();

    @Message
    String interest_lead();

    @Message
    String interest_period();

    @Message
    String interest_rate();

    @Message
    String interest_days();

    @Message
    String interest_principal();

    @Message
    String interest_amount();

    @Message
    String payments_title();

    @Message
    String payments_none();

    @Message
    String payment_date();

    @Message
    String payment_amount();

    @Message
    String payment_costs();

    @Message
    String payment_interest();

    @Message
    String payment_principal();

    @Message
    String timeline_title();

    @Message
    String chart_title();

    @Message
    String chart_desc();

    @Message
    String chart_table();

    @Message
    String chart_date();

    @Message
    String chart_balance();

    @Message
    String fees_col_outstanding();

    @Message
    String overview_badge_objection();

    @Message
    String overview_badge_plan();

    @Message
    String interest_total();
}
