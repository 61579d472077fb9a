package no.minside.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the error pages. Bokmål in ui-templates/messages/errors.properties (the default), English in
 * errors_en.properties; templates use them as {@code {errors:key}}.
 */
@MessageBundle(value = "errors", locale = "nb")
public interface ErrorMessages {

    @Message
    String title_404();

    @Message
    String text_404();

    @Message
    String title_403();

    @Message
    String text_403();

    @Message
    String title_500();

    @Message
    String text_500();

    @Message
    String title_503();

    @Message
    String text_503();

    @Message
    String title_400();

    @Message
    String text_400();

    @Message
    String reference();

    @Message
    String home();

    @Message
    String my_cases();

    @Message
    String staff_home();
}
