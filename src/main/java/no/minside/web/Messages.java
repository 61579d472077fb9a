package no.minside.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text a page shows, in bokmål (ui-templates/messages/msg.properties, the default) and English
 * (msg_en.properties). Templates use them as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "nb")
public interface Messages {

    @Message
    String app_name();

    @Message
    String agency_name();

    @Message
    String skip_to_content();

    @Message
    String language_switch();

    @Message
    String footer_contact();

    @Message
    String footer_complaints();

    @Message
    String nav_logout();

    @Message
    String nav_my_cases();

    @Message
    String nav_profile();

    @Message
    String nav_staff_home();

    @Message
    String error_summary_title();

    @Message
    String error_page_title_404();

    @Message
    String error_page_text_404();

    @Message
    String error_page_title_403();

    @Message
    String error_page_text_403();

    @Message
    String error_page_title_500();

    @Message
    String error_page_text_500();

    @Message
    String error_page_title_503();

    @Message
    String error_page_text_503();

    @Message
    String error_page_title_400();

    @Message
    String error_page_text_400();

    @Message
    String error_reference();

    @Message
    String error_home();

    @Message
    String login_title();

    @Message
    String login_lead();

    @Message
    String login_case_number();

    @Message
    String login_case_number_hint();

    @Message
    String login_pin();

    @Message
    String login_pin_hint();

    @Message
    String login_submit();

    @Message
    String login_invalid();

    @Message
    String login_locked();

    @Message
    String login_case_number_required();

    @Message
    String login_pin_required();

    @Message
    String login_logged_out();

    @Message
    String login_timed_out();

    @Message
    String login_rates();

    @Message
    String login_staff();

    @Message
    String staff_login_title();

    @Message
    String staff_username();

    @Message
    String staff_password();

    @Message
    String staff_login_invalid();

    @Message
    String staff_username_required();

    @Message
    String staff_password_required();

    @Message
    String staff_home_title();

    @Message
    String staff_home_logged_in_as(String name, String role);

    @Message
    String staff_role_support();

    @Message
    String staff_role_officer();

    @Message
    String staff_role_admin();

    @Message
    String session_warning_title();

    @Message
    String session_warning_text(long minutes);

    @Message
    String session_stay();

    @Message
    String session_info(long minutes);

    @Message
    String stage_COLLECTION_NOTICE();

    @Message
    String stage_PAYMENT_DEMAND();

    @Message
    String stage_LEGAL();

    @Message
    String stage_PAID();

    @Message
    String stage_CANCELLED();

    @Message
    String event_CASE_OPENED();

    @Message
    String event_COLLECTION_NOTICE_SENT();

    @Message
    String event_PAYMENT_DEMAND_SENT();

    @Message
    String event_FEE_ADDED();

    @Message
    String event_PAYMENT_RECEIVED();

    @Message
    String event_LEGAL_STEP();

    @Message
    String event_PAID();

    @Message
    String event_CANCELLED();

    @Message
    String event_OBJECTION_OPENED();

    @Message
    String event_OBJECTION_DECIDED();

    @Message
    String event_PLAN_STARTED();

    @Message
    String event_PLAN_BROKEN();

    @Message
    String event_PLAN_COMPLETED();

    @Message
    String fee_COLLECTION_NOTICE_FEE();

    @Message
    String fee_LIGHT_FEE();

    @Message
    String fee_HEAVY_FEE();

    @Message
    String fee_REMINDER_FEE();

    @Message
    String next_PAYMENT_DEMAND();

    @Message
    String next_LIGHT_FEE(String amount);

    @Message
    String next_HEAVY_FEE(String amount);

    @Message
    String next_LEGAL();

    @Message
    String next_NONE();

    @Message
    String next_PAUSED();

    @Message
    String cases_title();

    @Message
    String cases_lead();

    @Message
    String cases_none();

    @Message
    String cases_creditor();

    @Message
    String cases_case_number();

    @Message
    String cases_status();

    @Message
    String cases_next_deadline();

    @Message
    String cases_amount_due();

    @Message
    String cases_open();

    @Message
    String case_title(String caseNumber);

    @Message
    String case_summary();

    @Message
    String case_creditor();

    @Message
    String case_status();

    @Message
    String case_total_due();

    @Message
    String case_principal();

    @Message
    String case_interest();

    @Message
    String case_fees();

    @Message
    String case_paid();

    @Message
    String case_overpaid();

    @Message
    String case_next();

    @Message
    String case_next_deadline();

    @Message
    String case_pay_title();

    @Message
    String case_pay_account();

    @Message
    String case_pay_kid();

    @Message
    String case_pay_amount();

    @Message
    String case_pay_note();

    @Message
    String case_claims_title();

    @Message
    String case_claim_invoice();

    @Message
    String case_claim_description();

    @Message
    String case_claim_due();

    @Message
    String case_claim_principal();

    @Message
    String case_claim_reminder();

    @Message
    String case_claim_cancelled();

    @Message
    String case_fees_title();

    @Message
    String case_fee_type();

    @Message
    String case_fee_basis();

    @Message
    String case_fee_date();

    @Message
    String case_fee_sats();

    @Message
    String case_fee_vat();

    @Message
    String case_fee_amount();

    @Message
    String case_fee_provisional();

    @Message
    String case_interest_title();

    @Message
    String case_interest_lead();

    @Message
    String case_interest_period();

    @Message
    String case_interest_rate();

    @Message
    String case_interest_days();

    @Message
    String case_interest_principal();

    @Message
    String case_interest_amount();

    @Message
    String case_interest_total();

    @Message
    String case_payments_title();

    @Message
    String case_payments_none();

    @Message
    String case_payment_date();

    @Message
    String case_payment_amount();

    @Message
    String case_payment_costs();

    @Message
    String case_payment_interest();

    @Message
    String case_payment_principal();

    @Message
    String case_timeline_title();

    @Message
    String case_chart_title();

    @Message
    String case_chart_desc();

    @Message
    String case_chart_table();

    @Message
    String case_chart_date();

    @Message
    String case_chart_balance();

    @Message
    String total();

    @Message
    String profile_title();

    @Message
    String profile_lead();

    @Message
    String profile_name();

    @Message
    String profile_national_id();

    @Message
    String profile_organisation_number();

    @Message
    String profile_email();

    @Message
    String profile_email_hint();

    @Message
    String profile_phone();

    @Message
    String profile_phone_hint();

    @Message
    String profile_notify();

    @Message
    String profile_notify_email();

    @Message
    String profile_notify_sms();

    @Message
    String profile_language();

    @Message
    String profile_language_nb();

    @Message
    String profile_language_en();

    @Message
    String profile_save();

    @Message
    String profile_saved();

    @Message
    String profile_email_invalid();

    @Message
    String profile_phone_invalid();

    @Message
    String profile_email_required_for_notify();

    @Message
    String profile_phone_required_for_notify();

    @Message
    String profile_language_invalid();

    @Message
    String case_fee_outstanding();

    @Message
    String cases_badge_objection();

    @Message
    String cases_badge_plan();
}
