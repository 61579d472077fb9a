package no.minside.auth;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the staff login's second step: the code, setting up the authenticator, the recovery codes and the
 * staff member's own password. Bokmål in ui-templates/messages/twofactor.properties (the default), English in
 * twofactor_en.properties; templates use them as {@code {twofactor:key}}.
 */
@MessageBundle(value = "twofactor", locale = "nb")
public interface TwoFactorMessages {

    @Message
    String code_title();

    @Message
    String code_lead(String username);

    @Message
    String code_label();

    @Message
    String code_hint();

    @Message
    String code_submit();

    @Message
    String cancel_submit();

    @Message
    String enrol_title();

    @Message
    String enrol_lead();

    @Message
    String enrol_step_app();

    @Message
    String enrol_step_scan();

    @Message
    String enrol_qr_label();

    @Message
    String enrol_step_key();

    @Message
    String enrol_account_label();

    @Message
    String enrol_key_label();

    @Message
    String enrol_open_app();

    @Message
    String enrol_step_code();

    @Message
    String enrol_code_label();

    @Message
    String enrol_code_hint();

    @Message
    String enrol_submit();

    @Message
    String recovery_title();

    @Message
    String recovery_done();

    @Message
    String recovery_lead();

    @Message
    String recovery_list_label();

    @Message
    String recovery_keep();

    @Message
    String recovery_submit();

    @Message
    String recovery_submit_password();

    @Message
    String password_title();

    @Message
    String password_lead();

    @Message
    String password_rules();

    @Message
    String password_label();

    @Message
    String password_repeat_label();

    @Message
    String password_submit();

    @Message
    String code_required();

    @Message
    String code_format();

    @Message
    String code_format_app();

    @Message
    String code_invalid();

    @Message
    String locked();

    @Message
    String wait_seconds(String seconds);
}
