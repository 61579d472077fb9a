package no.minside.admin;

import no.minside.audit.AuditAction;
import no.minside.audit.AuditCheck;
import no.minside.audit.AuditLog;
import no.minside.audit.AuditRow;
import no.minside.audit.AuditTrailService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Puts the audit trail and its filter's choices into words, in one language. */
final class AuditViews {

    private final AuditMessages texts;

    AuditViews(AuditMessages texts) {
        this.texts = texts;
    }

    List<AuditLine> lines(List<AuditRow> rows) {
        return rows.stream().map(this::line).toList();
    }

    /** The kinds of actor, the one in the filter chosen. */
    List<AuditOption> actors(String chosen) {
        return Arrays.stream(AuditLog.Actor.values()).map(a -> new AuditOption(a.name(), texts.actor_type(a),
                a.name().equalsIgnoreCase(chosen == null ? "" : chosen.strip()))).toList();
    }

    /**
     * The known actions by group, the one in the filter chosen; an action the bundle does not know, typed into the
     * address, gets a group of its own so that the select still shows it.
     */
    List<AuditOption.Group> actions(String chosen) {
        String value = chosen == null ? "" : chosen.strip();
        List<AuditOption.Group> groups = new ArrayList<>();
        for (AuditAction.Group group : AuditAction.Group.values()) {
            List<AuditOption> options = new ArrayList<>();
            if (group == AuditAction.Group.ACCESS) {
                options.add(new AuditOption(AuditTrailService.ACCESS, texts.action_access(),
                        value.equals(AuditTrailService.ACCESS)));
            }
            AuditAction.of(group).forEach(a -> options.add(new AuditOption(a.name(), texts.action(a),
                    a.name().equals(value))));
            groups.add(new AuditOption.Group(texts.group(group), options));
        }
        boolean unknown = !value.isEmpty() && !value.equals(AuditTrailService.ACCESS)
                && AuditAction.parse(value).isEmpty() && value.matches("[A-Z][A-Z0-9_]{0,39}");
        if (unknown && value.equals(AuditTrailService.maskNationalIds(value))) {
            groups.add(new AuditOption.Group(texts.action_other(), List.of(new AuditOption(value, value, true))));
        }
        return groups;
    }

    /** The chain's latest check: whether it held, what was checked, when, and the first break if any. */
    AuditChainLine chain(Optional<AuditCheck> latest) {
        if (latest.isEmpty()) {
            return new AuditChainLine("none", texts.chain_none(), null, null, null, null, null, null);
        }
        AuditCheck check = latest.get();
        String rows = check.kind() == AuditCheck.Kind.FULL ? texts.chain_rows_all(check.rowsChecked())
                : texts.chain_rows_new(check.rowsChecked(), check.headSeq());
        AuditCheck.Break b = check.firstBreak();
        if (b == null) {
            return new AuditChainLine("ok", texts.chain_ok(), rows, check.checkedAt(), null, null, null, null);
        }
        return new AuditChainLine("broken", texts.chain_broken(), rows, check.checkedAt(), breakText(b),
                b.reason().name(), b.rowId(), b.seq());
    }

    private String breakText(AuditCheck.Break b) {
        long seq = b.seq();
        String id = b.rowId() == null ? null : String.valueOf(b.rowId());
        String other = b.other() == null ? null : String.valueOf(b.other());
        return switch (b.reason()) {
            case CHANGED -> texts.break_changed(id, seq);
            case MISSING -> texts.break_missing(seq, b.other() == null ? seq : b.other(), id);
            case INSERTED -> texts.break_inserted(id, seq, other);
            case MOVED -> texts.break_moved(id, seq, other);
            case RELINKED -> other == null ? texts.break_relinked_first(id, seq) : texts.break_relinked(id, seq, other);
            case TRUNCATED -> texts.break_truncated(seq, b.other() == null ? seq : b.other());
            case REWRITTEN -> texts.break_rewritten(id, seq);
        };
    }

    private AuditLine line(AuditRow r) {
        String label = AuditAction.parse(r.action()).map(texts::action).orElse(r.action());
        String caseLink = r.caseNumber() == null ? null
                : AuditFilterForm.PATH + "?case=" + URLEncoder.encode(r.caseNumber(), StandardCharsets.UTF_8);
        return new AuditLine(r.id(), r.at(), r.actor().name(), who(r), r.actorUsername(), r.action(), label,
                r.caseNumber(), caseLink, r.objectionReference(), r.target(), r.detail());
    }

    private String who(AuditRow r) {
        String id = r.actorId() == null ? null : String.valueOf(r.actorId());
        String kind = texts.actor_type(r.actor());
        return switch (r.actor()) {
            case STAFF -> r.actorUsername() != null ? texts.who_staff(r.actorName(), r.actorUsername())
                    : id != null ? texts.who_staff_unknown(id) : kind;
            case DEBTOR -> id != null ? texts.who_debtor(id) : kind;
            case CREDITOR -> r.actorName() != null ? texts.who_creditor(r.actorName())
                    : id != null ? texts.who_unknown(kind, id) : kind;
            case CLIENT -> r.actorName() != null ? texts.who_client(r.actorName())
                    : id != null ? texts.who_unknown(kind, id) : kind;
            case SYSTEM -> texts.who_system();
            case ANONYMOUS -> texts.who_anonymous();
        };
    }
}
