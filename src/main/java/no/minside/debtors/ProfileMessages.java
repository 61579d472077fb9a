package no.minside.debtors;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the profile page. Bokmål in ui-templates/messages/profile.properties (the default), English in
 * profile_en.properties; templates use them as {@code {profile:key}}.
 */
@MessageBundle(value = "profile", locale = "nb")
public interface ProfileMessages {

    @Message
    String title();

    @Message
    String name();

    @Message
    String national_id();

    @Message
    String organisation_number();

    @Message
    String email();

    @Message
    String email_hint();

    @Message
    String phone();

    @Message
    String phone_hint();

    @Message
    String notifications();

    @Message
    String notify_email();

    @Message
    String notify_sms();

    @Message
    String language();

    @Message
    String save();

    @Message
    String saved();

    @Message
    String email_invalid();

    @Message
    String phone_invalid();

    @Message
    String email_required_for_notify();

    @Message
    String phone_required_for_notify();

    @Message
    String language_invalid();

    /** The name of the language in the language itself. */
    @Message
    String language_name();

    @Message
    String scope_case();

    @Message
    String scope_person();
}
