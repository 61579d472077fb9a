package no.minside.objections;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the objection pages, the debtor's and support's, and their form errors. Bokmål in
 * ui-templates/messages/objections.properties (the default), English in objections_en.properties; templates use them as
 * {@code {objections:key}}.
 */
@MessageBundle(value = "objections", locale = "nb")
public interface ObjectionMessages {

    @Message
    String title(String caseNumber);

    @Message
    String heading();

    @Message
    String intro();

    @Message
    String intro_free();

    @Message
    String claims_legend();

    @Message
    String claims_hint();

    @Message
    String claims_whole();

    @Message
    String claim_label(String invoiceNumber, String description, String amount);

    @Message
    String reason_legend();

    @Message
    String reason(ObjectionReason value);

    @Message
    String text_label();

    @Message
    String text_hint();

    @Message
    String attachments_label();

    @Message
    String attachments_hint();

    @Message
    String attachments_again();

    @Message
    String submit();

    @Message
    String back_to_case();

    @Message
    String sent_title();

    @Message
    String sent_text();

    @Message
    String replied_text();

    @Message
    String current_title();

    @Message
    String reference();

    @Message
    String status_label();

    @Message
    String status(ObjectionStatus value);

    @Message
    String submitted_on();

    @Message
    String answer_due();

    @Message
    String decided_on();

    @Message
    String about();

    @Message
    String reason_label();

    @Message
    String your_text();

    @Message
    String next_title();

    @Message
    String next_open(String date);

    @Message
    String next_pay();

    @Message
    String next_profile();

    @Message
    String next_email();

    @Message
    String answer_title();

    @Message
    String answer_upheld();

    @Message
    String answer_rejected(String date);

    @Message
    String answer_reason();

    @Message
    String answer_complaint();

    @Message
    String answer_help();

    @Message
    String question_title();

    @Message
    String question_text();

    @Message
    String question_until();

    @Message
    String reply_label();

    @Message
    String reply_hint();

    @Message
    String reply_submit();

    @Message
    String messages_title();

    @Message
    String author(ObjectionMessage.Kind value);

    @Message
    String author_mine(ObjectionMessage.Kind value);

    @Message
    String files_title();

    @Message
    String file_size(long kilobytes);

    @Message
    String earlier_title();

    @Message
    String new_after_decision();

    @Message
    String new_title();

    @Message
    String reason_required();

    @Message
    String text_too_long(String max);

    @Message
    String text_required_for_other();

    @Message
    String text_invisible_characters();

    @Message
    String claims_unknown();

    @Message
    String too_many_files(String max, String count);

    @Message
    String file_too_large(String name);

    @Message
    String file_type(String name);

    @Message
    String reply_required();

    @Message
    String decision_required();

    @Message
    String decision_reason_required();

    @Message
    String decision_reason_too_long(String max);

    @Message
    String amount_invalid();

    @Message
    String already_decided();

    @Message
    String queue_title();

    @Message
    String queue_lead();

    @Message
    String queue_none();

    @Message
    String col_reference();

    @Message
    String col_case();

    @Message
    String col_debtor();

    @Message
    String col_reason();

    @Message
    String col_submitted();

    @Message
    String col_due();

    @Message
    String col_status();

    @Message
    String overdue();

    @Message
    String staff_title(String reference);

    @Message
    String staff_on_case();

    @Message
    String staff_text();

    @Message
    String staff_no_text();

    @Message
    String staff_files();

    @Message
    String staff_no_files();

    @Message
    String staff_download();

    @Message
    String staff_case();

    @Message
    String staff_case_link();

    @Message
    String staff_decided();

    @Message
    String staff_back();

    @Message
    String decide_title();

    @Message
    String decision_legend();

    @Message
    String decision(Decision value);

    @Message
    String outcomes_legend();

    @Message
    String outcome_label(String invoiceNumber);

    @Message
    String outcome(ClaimOutcome value);

    @Message
    String amount_label(String invoiceNumber);

    @Message
    String decision_reason_label();

    @Message
    String decision_reason_hint();

    @Message
    String decide_submit();

    @Message
    String decided_by_text(String date);

    @Message
    String unsaved_title();
}
