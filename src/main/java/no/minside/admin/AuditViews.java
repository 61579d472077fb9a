package no.minside.admin;

import no.minside.audit.AuditAction;
import no.minside.audit.AuditLog;
import no.minside.audit.AuditRow;
import no.minside.audit.AuditTrailService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
