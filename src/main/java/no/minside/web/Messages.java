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
    String start_title();

    @Message
    String start_lead();

    @Message
    String start_login();

    @Message
    String start_rates();
}
