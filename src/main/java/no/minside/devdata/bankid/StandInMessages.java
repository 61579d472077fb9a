package no.minside.devdata.bankid;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the stand-in BankID provider's pages (dev mode and tests only). Bokmål in
 * ui-templates/messages/standin.properties, English in standin_en.properties; templates use {@code {standin:key}}.
 */
@MessageBundle(value = "standin", locale = "nb")
public interface StandInMessages {

    @Message
    String title();

    @Message
    String brand();

    @Message
    String warning();

    @Message
    String client(String client);

    @Message
    String who();

    @Message
    String who_hint();

    @Message
    String national_id(String nationalId);

    @Message
    String note_several_creditors();

    @Message
    String note_english();

    @Message
    String note_d_number();

    @Message
    String note_no_cases();

    @Message
    String submit();

    @Message
    String cancel();

    @Message
    String choose_someone();

    @Message
    String bad_request_title();

    @Message
    String bad_request_text();
}
