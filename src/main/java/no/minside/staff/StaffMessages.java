package no.minside.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the staff pages. Bokmål in
 * ui-templates/messages/staff.properties (the default), English in staff_en.properties; templates use them as
 * {@code {staff:key}}.
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

    @Message
    String home_queues();

    @Message
    String home_open();

    @Message
    String home_overdue();

    @Message
    String queue_objections();

    @Message
    String queue_plans();

    @Message
    String search_title();

    @Message
    String search_label();

    @Message
    String search_hint();

    @Message
    String search_submit();

    @Message
    String search_results(int count);

    @Message
    String search_none();

    @Message
    String col_case();

    @Message
    String col_debtor();

    @Message
    String col_id();

    @Message
    String col_creditor();

    @Message
    String col_stage();

    @Message
    String case_title(String caseNumber);

    @Message
    String address();

    @Message
    String pin_ordered();

    @Message
    String held_title();

    @Message
    String letters_title();

    @Message
    String letter(no.minside.letters.LetterKind value);

    @Message
    String letter_created();

    @Message
    String letter_printed();

    @Message
    String letter_waiting();

    @Message
    String new_pin_text();

    @Message
    String new_pin_submit();
}
