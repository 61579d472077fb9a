package no.minside.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the admin pages (rates, creditors, the audit log) and their form errors. Bokmål in
 * ui-templates/messages/admin.properties (the default), English in admin_en.properties; templates use them as
 * {@code {admin:key}}.
 */
@MessageBundle(value = "admin", locale = "nb")
public interface AdminMessages {

    @Message
    String nav_title();

    @Message
    String link_rates();

    @Message
    String link_creditors();

    @Message
    String link_audit();

    @Message
    String rates_title();

    @Message
    String rates_lead();

    @Message
    String next_half_year_missing(String date);

    @Message
    String saved();

    @Message
    String section_interest();

    @Message
    String section_sats();

    @Message
    String section_allowances();

    @Message
    String section_bands();

    @Message
    String col_from();

    @Message
    String col_to();

    @Message
    String col_rate();

    @Message
    String col_amount();

    @Message
    String col_status();

    @Message
    String col_source();

    @Message
    String col_official();

    @Message
    String col_band();

    @Message
    String col_multiple();

    @Message
    String col_action();

    @Message
    String open_end();

    @Message
    String top_band();

    @Message
    String provisional();

    @Message
    String confirmed();

    @Message
    String none();

    @Message
    String add_interest(String date);

    @Message
    String add_sats();

    @Message
    String add_allowances();

    @Message
    String correct();

    @Message
    String correct_row(String date);

    @Message
    String change_band(String upTo);

    @Message
    String change_top_band();

    @Message
    String category(no.minside.rates.LivingAllowanceCategory value);

    @Message
    String brief(no.minside.rates.LivingAllowanceCategory value);

    @Message
    String form_title(no.minside.rates.RateTable value);

    @Message
    String valid_from();

    @Message
    String valid_from_hint_interest();

    @Message
    String valid_from_hint();

    @Message
    String value(no.minside.rates.RateTable value);

    @Message
    String value_hint(no.minside.rates.RateTable value);

    @Message
    String band();

    @Message
    String allowance_label(String category);

    @Message
    String provisional_label();

    @Message
    String source_label();

    @Message
    String official_label();

    @Message
    String official_hint();

    @Message
    String reason_label();

    @Message
    String reason_hint();

    @Message
    String preview_submit();

    @Message
    String save_submit();

    @Message
    String cancel();

    @Message
    String preview_title();

    @Message
    String preview_before();

    @Message
    String preview_after();

    @Message
    String preview_new();

    @Message
    String preview_past();

    @Message
    String preview_affected(long count);

    @Message
    String preview_allowances();

    @Message
    String preview_band();

    @Message
    String preview_not_saved();

    @Message
    String table_required();

    @Message
    String date_invalid();

    @Message
    String half_year_start();

    @Message
    String period_gap(String next);

    @Message
    String period_overlap(String next);

    @Message
    String interest_range();

    @Message
    String sats_range(String min, String max);

    @Message
    String allowance_range();

    @Message
    String multiple_range();

    @Message
    String band_required();

    @Message
    String source_required();

    @Message
    String text_too_long(String max);

    @Message
    String reason_required();

    @Message
    String changed_meanwhile();

    @Message
    String table_changed_meanwhile();

    @Message
    String client_changed_meanwhile();

    @Message
    String creditors_title();

    @Message
    String creditors_lead();

    @Message
    String col_creditor();

    @Message
    String col_org();

    @Message
    String col_allocation();

    @Message
    String col_vat();

    @Message
    String col_key();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String key_in_grace(String until);

    @Message
    String key_rotated(String at);

    @Message
    String key_original();

    @Message
    String edit_creditor(String name);

    @Message
    String allocation(no.minside.fees.AllocationOrder value);

    @Message
    String creditor_saved();

    @Message
    String section_policy();

    @Message
    String allocation_legend();

    @Message
    String allocation_hint();

    @Message
    String vat_label();

    @Message
    String section_plans();

    @Message
    String plans_lead();

    @Message
    String min_instalment_label();

    @Message
    String auto_approve_label();

    @Message
    String default_hint(String value);

    @Message
    String months_default_hint(int months);

    @Message
    String months_legend();

    @Message
    String months_label(String upTo);

    @Message
    String months_top_label(String above);

    @Message
    String surcharge_label();

    @Message
    String section_contact();

    @Message
    String contact_name_label();

    @Message
    String contact_email_label();

    @Message
    String contact_phone_label();

    @Message
    String save_creditor();

    @Message
    String section_key();

    @Message
    String key_lead();

    @Message
    String grace_legend();

    @Message
    String grace_0();

    @Message
    String grace_1();

    @Message
    String grace_7();

    @Message
    String grace_30();

    @Message
    String rotate_submit();

    @Message
    String new_key_title(String name);

    @Message
    String new_key_once();

    @Message
    String new_client_key_once();

    @Message
    String new_key_label();

    @Message
    String old_key_until(String until);

    @Message
    String old_key_stopped();

    @Message
    String back_to_creditor();

    @Message
    String back_to_creditors();

    @Message
    String key_already_rotated();

    @Message
    String rotated_key_shown_before();

    @Message
    String client_key_shown_before();

    @Message
    String creditor_changed_meanwhile();

    @Message
    String current_state_title();

    @Message
    String section_clients();

    @Message
    String clients_lead();

    @Message
    String col_name();

    @Message
    String col_kind();

    @Message
    String col_created();

    @Message
    String kind(no.minside.clients.ApiClient.Kind value);

    @Message
    String client_active();

    @Message
    String client_revoked(String at);

    @Message
    String revoke_submit();

    @Message
    String revoke_named(String name);

    @Message
    String client_revoked_notice();

    @Message
    String new_client_title();

    @Message
    String client_name_label();

    @Message
    String client_name_hint();

    @Message
    String client_kind_legend();

    @Message
    String create_client_submit();

    @Message
    String new_client_key_title(String name);

    @Message
    String client_kind_required();

    @Message
    String client_name_required();

    @Message
    String client_name_taken();

    @Message
    String grace_required();

    @Message
    String allocation_required();

    @Message
    String amount_invalid();

    @Message
    String min_instalment_range();

    @Message
    String auto_approve_range();

    @Message
    String months_invalid();

    @Message
    String months_range();

    @Message
    String months_order();

    @Message
    String email_invalid();

    @Message
    String phone_invalid();
}
