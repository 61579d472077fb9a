package no.minside.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the layout every page shares (header, footer, session warning, error summary) and the messages for form fields that every form shares. Bokmål in ui-templates/messages/layout.properties (the default), English in
 * layout_en.properties; templates use them as {@code {layout:key}}.
 */
@MessageBundle(value = "layout", locale = "nb")
public interface LayoutMessages {

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
    String nav_logout();

    @Message
    String nav_my_cases();

    @Message
    String nav_profile();

    @Message
    String nav_staff_home();

    @Message
    String error_summary_title();

    @Message
    String session_warning_title();

    @Message
    String session_warning_text(long minutes);

    @Message
    String session_stay();

    @Message
    String session_info(long minutes);

    @Message
    String error_prefix();

    @Message
    String footer_debt_advice();
}
