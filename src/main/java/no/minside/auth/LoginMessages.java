package no.minside.auth;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the debtor and staff login pages. Bokmål in ui-templates/messages/login.properties (the default), English in
 * login_en.properties; templates use them as {@code {login:key}}.
 */
@MessageBundle(value = "login", locale = "nb")
public interface LoginMessages {

    @Message
    String title();

    @Message
    String lead();

    @Message
    String case_number();

    @Message
    String case_number_hint();

    @Message
    String pin();

    @Message
    String pin_hint();

    @Message
    String submit();

    @Message
    String invalid();

    @Message
    String locked();

    @Message
    String case_number_required();

    @Message
    String pin_required();

    @Message
    String logged_out();

    @Message
    String rates();

    @Message
    String staff_title();

    @Message
    String staff_username();

    @Message
    String staff_password();

    @Message
    String staff_invalid();

    @Message
    String staff_username_required();

    @Message
    String staff_password_required();

    @Message
    String case_number_format();

    @Message
    String pin_format();

    @Message
    String wait_seconds(String seconds);

    @Message
    String staff_locked();

    @Message
    String staff_expired();

    @Message
    String bankid_heading();

    @Message
    String bankid_lead();

    @Message
    String bankid_button();

    @Message
    String bankid_unavailable();

    @Message
    String bankid_failed();

    @Message
    String pin_heading();

    @Message
    String bankid_no_cases_title();

    @Message
    String bankid_no_cases_text();

    @Message
    String bankid_no_cases_help();

    @Message
    String bankid_low_title();

    @Message
    String bankid_low_text();

    @Message
    String bankid_retry();

    @Message
    String bankid_unavailable_title();

    @Message
    String bankid_use_pin();

    @Message
    String bankid_not_logged_in();
}
