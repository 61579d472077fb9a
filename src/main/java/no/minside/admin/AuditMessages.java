package no.minside.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import no.minside.audit.AuditAction;
import no.minside.audit.AuditLog;

/**
 * The texts of the audit viewer (/staff/admin/audit) and its filter's errors. Bokmål in
 * ui-templates/messages/audit.properties (the default), English in audit_en.properties; templates use them as
 * {@code {audit:key}}.
 */
@MessageBundle(value = "audit", locale = "nb")
public interface AuditMessages {

    @Message
    String title();

    @Message
    String lead();

    @Message
    String filter_title();

    @Message
    String actor_label();

    @Message
    String actor_any();

    @Message
    String actor_type(AuditLog.Actor value);

    @Message
    String staff_label();

    @Message
    String staff_hint();

    @Message
    String action_label();

    @Message
    String action_any();

    @Message
    String action_access();

    @Message
    String action_other();

    @Message
    String action(AuditAction value);

    @Message
    String group(AuditAction.Group value);

    @Message
    String case_label();

    @Message
    String case_hint();

    @Message
    String from_label();

    @Message
    String to_label();

    @Message
    String date_hint();

    @Message
    String filter_submit();

    @Message
    String filter_clear();

    @Message
    String results_title();

    @Message
    String results_count(int count);

    @Message
    String results_none();

    @Message
    String col_at();

    @Message
    String col_who();

    @Message
    String col_action();

    @Message
    String col_target();

    @Message
    String col_detail();

    @Message
    String who_staff(String name, String username);

    @Message
    String who_staff_unknown(String id);

    @Message
    String who_debtor(String id);

    @Message
    String who_creditor(String name);

    @Message
    String who_client(String name);

    @Message
    String who_unknown(String kind, String id);

    @Message
    String who_system();

    @Message
    String who_anonymous();

    @Message
    String target_case(String caseNumber);

    @Message
    String target_objection(String reference);

    @Message
    String target_case_filter(String caseNumber);

    @Message
    String paging_label();

    @Message
    String older();

    @Message
    String newer();

    @Message
    String actor_unknown();

    @Message
    String staff_invalid();

    @Message
    String staff_not_staff();

    @Message
    String action_invalid();

    @Message
    String case_invalid();

    @Message
    String national_id_typed();

    @Message
    String from_invalid();

    @Message
    String to_invalid();

    @Message
    String to_before_from();

    @Message
    String chain_title();

    @Message
    String chain_lead();

    @Message
    String chain_none();

    @Message
    String chain_ok();

    @Message
    String chain_broken();

    @Message
    String chain_rows_all(long rows);

    @Message
    String chain_rows_new(long rows, long length);

    @Message
    String chain_checked_at();

    @Message
    String chain_break_label();

    @Message
    String break_changed(String id, long seq);

    @Message
    String break_missing(long seq, long last, String id);

    @Message
    String break_inserted(String id, long seq, String next);

    @Message
    String break_moved(String id, long seq, String next);

    @Message
    String break_relinked(String id, long seq, String previous);

    @Message
    String break_relinked_first(String id, long seq);

    @Message
    String break_truncated(long seq, long seen);

    @Message
    String break_rewritten(String id, long seq);

    @Message
    String chain_check_new();

    @Message
    String chain_check_all();

    @Message
    String chain_check_hint();
}
