package no.minside.plans;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of payment plans: the debtor's plan pages, the case officers' pages and the plan lines on the case
 * pages. Bokmål in ui-templates/messages/plans.properties (the default), English in plans_en.properties; templates
 * use them as {@code {plans:key}}.
 */
@MessageBundle(value = "plans", locale = "nb")
public interface PlanMessages {

    @Message
    String case_next_instalment(String amount, String date);

    @Message
    String case_instalments_paid();

    @Message
    String case_see_plan(String reference);

    @Message
    String overview_next_instalment();

    @Message
    String title(String caseNumber);

    @Message
    String heading();

    @Message
    String lead(String amount);

    @Message
    String nothing_to_pay();

    @Message
    String open_plan(String reference);

    @Message
    String open_plan_link(String reference);

    @Message
    String renewed();

    @Message
    String options_title();

    @Message
    String options_lead(String date);

    @Message
    String options_note();

    @Message
    String options_none();

    @Message
    String objection_open();

    @Message
    String objection_open_link();

    @Message
    String offer_waits_for_objection();

    @Message
    String staff_objection_open();

    @Message
    String col_plan();

    @Message
    String col_instalment();

    @Message
    String col_once();

    @Message
    String col_interest();

    @Message
    String col_surcharge();

    @Message
    String col_total();

    @Message
    String col_choose();

    @Message
    String option_deferral(String date);

    @Message
    String option_months(int months);

    @Message
    String option_approved();

    @Message
    String option_referred();

    @Message
    String option_choose();

    @Message
    String form_title();

    @Message
    String form_title_again();

    @Message
    String form_lead();

    @Message
    String field_amount();

    @Message
    String field_amount_hint(String minimum);

    @Message
    String field_months();

    @Message
    String field_months_hint();

    @Message
    String field_first();

    @Message
    String field_first_hint(String date);

    @Message
    String budget_legend();

    @Message
    String budget_hint();

    @Message
    String field_net_income();

    @Message
    String field_net_income_hint();

    @Message
    String field_housing();

    @Message
    String field_housing_hint();

    @Message
    String field_other_debts();

    @Message
    String field_other_debts_hint();

    @Message
    String field_adults();

    @Message
    String field_children_0_5();

    @Message
    String field_children_6_10();

    @Message
    String field_children_11_14();

    @Message
    String field_children_15();

    @Message
    String submit();

    @Message
    String back_to_case();

    @Message
    String answer_title();

    @Message
    String decision_approved();

    @Message
    String decision_approved_deferral();

    @Message
    String decision_referred();

    @Message
    String decision_rejected();

    @Message
    String approved_text();

    @Message
    String summary_title();

    @Message
    String summary_deferral();

    @Message
    String summary_deferral_by(String date);

    @Message
    String summary_instalment();

    @Message
    String summary_per_month();

    @Message
    String summary_months();

    @Message
    String months_count(int months);

    @Message
    String summary_first();

    @Message
    String summary_last();

    @Message
    String summary_last_amount(String amount);

    @Message
    String summary_owed();

    @Message
    String summary_surcharge();

    @Message
    String summary_interest();

    @Message
    String summary_total();

    @Message
    String summary_kid();

    @Message
    String surcharge_note(String amount);

    @Message
    String surcharge_provisional();

    @Message
    String no_surcharge();

    @Message
    String interest_note();

    @Message
    String schedule_show(int count);

    @Message
    String schedule_title();

    @Message
    String col_number();

    @Message
    String col_due();

    @Message
    String col_amount();

    @Message
    String col_to_costs();

    @Message
    String col_to_interest();

    @Message
    String col_to_principal();

    @Message
    String col_paid();

    @Message
    String col_state();

    @Message
    String accept_binding();

    @Message
    String accept();

    @Message
    String accept_deferral();

    @Message
    String accept_counter();

    @Message
    String accept_referred();

    @Message
    String change_proposal();

    @Message
    String referred_text();

    @Message
    String referred_answer_by(String date);

    @Message
    String referred_binding();

    @Message
    String rejected_text();

    @Message
    String counter_title();

    @Message
    String counter_text(int months, String date);

    @Message
    String counter_text_deferral(String date);

    @Message
    String no_counter_offer();

    @Message
    String rules_title();

    @Message
    String rule_passed();

    @Message
    String rule_failed();

    @Message
    String policy_version(String version);

    @Message
    String plan_title(String reference, String caseNumber);

    @Message
    String plan_heading();

    @Message
    String plan_heading_deferral();

    @Message
    String plan_status();

    @Message
    String status(PlanStatus value);

    @Message
    String confirmed();

    @Message
    String confirmed_deferral();

    @Message
    String confirmed_referred();

    @Message
    String next_instalment(String amount, String date);

    @Message
    String late_warning(String date, int days);

    @Message
    String pay_note();

    @Message
    String all_paid_waiting();

    @Message
    String referred_heading();

    @Message
    String referred_meanwhile();

    @Message
    String offered_heading();

    @Message
    String officer_says();

    @Message
    String offered_until(String date);

    @Message
    String rejected_heading();

    @Message
    String propose_again();

    @Message
    String broken_heading(String date);

    @Message
    String broken_text();

    @Message
    String completed_heading();

    @Message
    String completed_text(String date);

    @Message
    String lapsed_heading();

    @Message
    String terms_title();

    @Message
    String paid_so_far();

    @Message
    String owed_now();

    @Message
    String left_on_plan();

    @Message
    String pay_off_today();

    @Message
    String pay_off_note(String amount);

    @Message
    String row_state(PlanViews.RowState value);

    @Message
    String last_adjusted();

    @Message
    String missed_title();

    @Message
    String missed_text(int days);

    @Message
    String missed_help();

    @Message
    String error_amount_or_months();

    @Message
    String error_amount_and_months();

    @Message
    String error_amount_invalid();

    @Message
    String error_amount_zero();

    @Message
    String error_months_invalid();

    @Message
    String error_date_required();

    @Message
    String error_date_invalid();

    @Message
    String error_date_far();

    @Message
    String error_net_income_required();

    @Message
    String error_budget_amount_invalid();

    @Message
    String error_adults_invalid();

    @Message
    String error_children_invalid();

    @Message
    String error_counter_amount_or_months();

    @Message
    String error_counter_refused(String reasons);

    @Message
    String error_decision_required();

    @Message
    String error_first_due_passed();

    @Message
    String error_objection_open();

    @Message
    String error_reason_required();

    @Message
    String error_reason_too_long();

    @Message
    String staff_queue_title();

    @Message
    String staff_queue_lead();

    @Message
    String staff_queue_empty();

    @Message
    String staff_queue_more(int shown);

    @Message
    String staff_col_reference();

    @Message
    String staff_col_case();

    @Message
    String staff_col_debtor();

    @Message
    String staff_col_proposal();

    @Message
    String staff_col_owed();

    @Message
    String staff_col_submitted();

    @Message
    String staff_col_answer_due();

    @Message
    String staff_col_ended();

    @Message
    String staff_col_rule();

    @Message
    String staff_col_result();

    @Message
    String staff_col_reason();

    @Message
    String staff_overdue();

    @Message
    String staff_back_home();

    @Message
    String staff_back_queue();

    @Message
    String staff_item_title(String reference);

    @Message
    String staff_decided();

    @Message
    String staff_already_decided();

    @Message
    String staff_status(PlanStatus value);

    @Message
    String staff_creditor();

    @Message
    String staff_decided_by();

    @Message
    String staff_reason();

    @Message
    String staff_reason_hint();

    @Message
    String staff_evaluation();

    @Message
    String staff_evaluated(String date, String version);

    @Message
    String staff_core_decision(no.minside.plans.evaluation.Decision value);

    @Message
    String staff_maximum(int months);

    @Message
    String staff_passed();

    @Message
    String staff_failed();

    @Message
    String staff_budget();

    @Message
    String staff_living(int adults, int c0, int c6, int c11, int c15);

    @Message
    String staff_disposable();

    @Message
    String staff_allowances_provisional();

    @Message
    String staff_no_budget();

    @Message
    String staff_offer_schedule();

    @Message
    String staff_history();

    @Message
    String staff_this_plan();

    @Message
    String staff_see_case(String caseNumber);

    @Message
    String staff_decide();

    @Message
    String staff_decision();

    @Message
    String staff_decision_approve();

    @Message
    String staff_decision_reject();

    @Message
    String staff_decision_counter();

    @Message
    String staff_counter_legend();

    @Message
    String staff_counter_hint();

    @Message
    String staff_first_hint();

    @Message
    String staff_submit();

    @Message
    String staff_owed_then();

    @Message
    String staff_unsaved_title();
}
