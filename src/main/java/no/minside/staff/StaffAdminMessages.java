package no.minside.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the staff account admin pages and of the password rules. Bokmål in
 * ui-templates/messages/staffadmin.properties (the default), English in staffadmin_en.properties; templates use them
 * as {@code {staffadmin:key}}.
 */
@MessageBundle(value = "staffadmin", locale = "nb")
public interface StaffAdminMessages {

    @Message
    String admin_title();

    @Message
    String admin_staff_link();

    @Message
    String accounts_title();

    @Message
    String accounts_lead();

    @Message
    String accounts_caption();

    @Message
    String col_username();

    @Message
    String col_name();

    @Message
    String col_role();

    @Message
    String col_status();

    @Message
    String col_two_factor();

    @Message
    String col_login();

    @Message
    String role_support();

    @Message
    String role_officer();

    @Message
    String role_admin();

    @Message
    String status_active();

    @Message
    String status_disabled();

    @Message
    String two_factor_on();

    @Message
    String two_factor_off();

    @Message
    String login_open();

    @Message
    String login_locked(String until);

    @Message
    String must_change();

    @Message
    String create_title();

    @Message
    String create_lead();

    @Message
    String username();

    @Message
    String username_hint();

    @Message
    String display_name();

    @Message
    String role_legend();

    @Message
    String create_submit();

    @Message
    String account_title(String username);

    @Message
    String back_to_list();

    @Message
    String own_account_limits();

    @Message
    String done_created();

    @Message
    String done_role();

    @Message
    String done_disable();

    @Message
    String done_enable();

    @Message
    String done_password();

    @Message
    String done_unlock();

    @Message
    String done_two_factor();

    @Message
    String issued_title(String name);

    @Message
    String issued_text();

    @Message
    String fact_name();

    @Message
    String fact_role();

    @Message
    String fact_status();

    @Message
    String fact_two_factor();

    @Message
    String fact_login();

    @Message
    String fact_password();

    @Message
    String fact_created();

    @Message
    String password_own();

    @Message
    String password_issued();

    @Message
    String role_title();

    @Message
    String role_submit();

    @Message
    String access_title();

    @Message
    String disable_text();

    @Message
    String disable_submit();

    @Message
    String enable_text();

    @Message
    String enable_submit();

    @Message
    String password_title();

    @Message
    String password_text();

    @Message
    String password_submit();

    @Message
    String unlock_title();

    @Message
    String unlock_text(String until);

    @Message
    String unlock_submit();

    @Message
    String two_factor_title();

    @Message
    String two_factor_text_on();

    @Message
    String two_factor_text_off();

    @Message
    String two_factor_submit();

    @Message
    String username_required();

    @Message
    String username_format();

    @Message
    String username_taken();

    @Message
    String display_name_required();

    @Message
    String display_name_too_long(String max);

    @Message
    String display_name_invalid();

    @Message
    String role_required();

    @Message
    String change_unknown();

    @Message
    String own_account_change();

    @Message
    String last_admin();

    @Message
    String account_changed_meanwhile();

    @Message
    String password_required();

    @Message
    String password_too_short(String min);

    @Message
    String password_too_long(String max);

    @Message
    String password_common();

    @Message
    String password_contains_username();

    @Message
    String password_contains_name();

    @Message
    String password_same_as_before();

    @Message
    String password_repeat_mismatch();
}
