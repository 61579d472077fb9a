package no.minside.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the staff pages. Bokmål in ui-templates/messages/staff.properties (the default), English in
 * staff_en.properties; templates use them as {@code {staff:key}}.
 */
@MessageBundle(value = "staff", locale = "nb")
public interface StaffMessages {

    @Message
    String home_title();

    @Message
    String home_logged_in_as(String name, String role);

    @Message
    String role_support();

    @Message
    String role_officer();

    @Message
    String role_admin();
}
