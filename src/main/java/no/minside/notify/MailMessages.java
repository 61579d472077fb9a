package no.minside.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the e-mails to debtors: no amounts, no national ids. Bokmål in
 * ui-templates/messages/mail.properties (the default), English in mail_en.properties; templates use them as
 * {@code {mail:key}}.
 */
@MessageBundle(value = "mail", locale = "nb")
public interface MailMessages {

    @Message
    String subject(Notice value);

    @Message
    String body(Notice value);

    @Message
    String greeting();

    @Message
    String link_text(String caseNumber);

    @Message
    String not_secure();

    @Message
    String signature();
}
