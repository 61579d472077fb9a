package no.minside.cases;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the case overview and the case detail, and the names of stages, events and fees. Bokmål in
 * ui-templates/messages/cases.properties (the default), English in cases_en.properties; templates use them as
 * {@code {cases:key}}, an enum's label as {@code {cases:stage(c.stage)}}.
 */
@MessageBundle(value = "cases", locale = "nb")
public interface CaseMessages {

    @Message
    String stage(CaseStage value);

    @Message
    String event(CaseEventType value);

    @Message
    String fee(no.minside.fees.CostType value);

    @Message
    String history_fee(no.minside.fees.CostType value);

    @Message
    String history_repriced(String amount);

    @Message
    String title(String caseNumber);

    @Message
    String from(String creditor);

    @Message
    String case_heading();

    @Message
    String task_pay_by(String amount, String date);

    @Message
    String task_pay_now(String amount);

    @Message
    String task_legal();

    @Message
    String task_legal_text(String date, String amount);

    @Message
    String task_paused_objection();

    @Message
    String task_paused_objection_text();

    @Message
    String task_paused_plan();

    @Message
    String task_paused_plan_text();

    @Message
    String task_paid();

    @Message
    String task_paid_text();

    @Message
    String task_overpaid_text(String amount);

    @Message
    String task_cancelled();

    @Message
    String task_cancelled_text();

    @Message
    String pay_title();

    @Message
    String pay_amount();

    @Message
    String pay_account();

    @Message
    String pay_kid();

    @Message
    String pay_note();

    @Message
    String copy();

    @Message
    String copied();

    @Message
    String grows_per_day(String amount);

    @Message
    String actions_title();

    @Message
    String action_pay();

    @Message
    String action_plan();

    @Message
    String action_objection();

    @Message
    String action_help();

    @Message
    String next();

    @Message
    String happened_notice(String date);

    @Message
    String happened_demand(String date);

    @Message
    String happened_light_fee(String date);

    @Message
    String happened_heavy_fee(String date);

    @Message
    String happened_legal(String date);

    @Message
    String happened_paused_objection(String date);

    @Message
    String happened_paused_plan(String date);

    @Message
    String happened_paid(String date);

    @Message
    String happened_paid_no_date();

    @Message
    String happened_cancelled(String date);

    @Message
    String happened_cancelled_no_date();

    @Message
    String deadline_is();

    @Message
    String next_payment_demand(String amount);

    @Message
    String next_light_fee(String amount);

    @Message
    String next_heavy_fee(String amount);

    @Message
    String next_legal();

    @Message
    String next_after_legal();

    @Message
    String next_interest(String amount);

    @Message
    String next_paused();

    @Message
    String next_provisional();

    @Message
    String sum_title();

    @Message
    String sum_principal();

    @Message
    String sum_interest();

    @Message
    String sum_fees();

    @Message
    String sum_paid();

    @Message
    String sum_due();

    @Message
    String sum_overpaid(String amount);

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
    String fees_lead();

    @Message
    String fees_col_type();

    @Message
    String fees_col_basis();

    @Message
    String fees_col_date();

    @Message
    String fees_col_amount();

    @Message
    String fees_col_outstanding();

    @Message
    String fees_vat(String amount);

    @Message
    String why_notice_fee(String date);

    @Message
    String why_reminder_fee(String creditor, String invoice);

    @Message
    String why_light_fee(String invoice);

    @Message
    String why_heavy_fee(String invoice);

    @Message
    String why_sats_changed(String newSats, String date, String oldSats);

    @Message
    String fees_provisional(String sats);

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
    String interest_total();

    @Message
    String interest_provisional();

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
    String chart_title();

    @Message
    String chart_desc();

    @Message
    String chart_payment();

    @Message
    String chart_fee();

    @Message
    String chart_table();

    @Message
    String chart_date();

    @Message
    String chart_balance();

    @Message
    String timeline_title();

    @Message
    String help_title();

    @Message
    String help_agency();

    @Message
    String help_plan_objection();

    @Message
    String help_nav();

    @Message
    String help_rates();

    @Message
    String terms_title();

    @Message
    String term_notice();

    @Message
    String term_notice_text();

    @Message
    String term_demand();

    @Message
    String term_demand_text();

    @Message
    String term_salaer();

    @Message
    String term_salaer_text();

    @Message
    String term_sats();

    @Message
    String term_sats_text();

    @Message
    String term_interest();

    @Message
    String term_interest_text();

    @Message
    String term_basis();

    @Message
    String term_basis_text();

    @Message
    String term_kid();

    @Message
    String term_kid_text();

    @Message
    String term_reminder();

    @Message
    String term_reminder_text();

    @Message
    String term_legal();

    @Message
    String term_legal_text();

    @Message
    String overview_title();

    @Message
    String overview_lead();

    @Message
    String overview_none();

    @Message
    String overview_total_heading();

    @Message
    String overview_total_creditors(int cases, long creditors);

    @Message
    String overview_total_cases(int cases);

    @Message
    String overview_status();

    @Message
    String overview_next_deadline();

    @Message
    String overview_amount_due();

    @Message
    String overview_open();

    @Message
    String overview_open_pay();

    @Message
    String overview_badge_objection();

    @Message
    String objection_title();

    @Message
    String objection_status_open();

    @Message
    String objection_status_info_requested();

    @Message
    String objection_status_upheld();

    @Message
    String objection_status_rejected();

    @Message
    String objection_answer_due();

    @Message
    String objection_reference();

    @Message
    String objection_open_link();

    @Message
    String objection_reply_link();

    @Message
    String objection_answer_link();

    @Message
    String overview_badge_plan();
}
