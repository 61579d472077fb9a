package no.minside.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.DateInput;
import no.minside.common.NationalId;
import no.minside.common.TimeSource;
import no.minside.common.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the audit trail for the admin's viewer: checks the filter, pages newest first on (at, id) so that moving
 * between pages never repeats or skips an entry, and masks anything shaped like a national id in what it returns.
 */
@ApplicationScoped
public class AuditTrailService {

    /** The {@link AuditSearch#action()} for every look at a debtor's data ({@link AuditAction.Group#ACCESS}). */
    public static final String ACCESS = "access";

    /** Eleven digits, also typed as six and five with a space, dot or dash between. */
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![0-9])([0-9]{6})[ .-]?[0-9]{5}(?![0-9])");
    private static final NationalId.Rules ANY_NATIONAL_ID = new NationalId.Rules(true, true);

    private final AuditTrailRepository trail;

    AuditTrailService(AuditTrailRepository trail) {
        this.trail = trail;
    }

    /**
     * One page of entries matching the search, at most {@code size}.
     *
     * @throws no.minside.common.InvalidFormException for a filter value that is not one (a date that is no date, a
     *         period ending before it starts, an unknown kind of actor …), each on its field
     */
    @Transactional
    public AuditPage page(AuditSearch search, int size) {
        AuditFilter filter = check(search);
        Optional<AuditCursor> before = AuditCursor.parse(search.before());
        Optional<AuditCursor> after = before.isPresent() ? Optional.empty() : AuditCursor.parse(search.after());
        if (after.isPresent()) {
            List<AuditRow> newer = masked(trail.page(filter, after.get(), AuditTrailRepository.Direction.NEWER,
                    size + 1));
            boolean more = newer.size() > size;
            List<AuditRow> shown = new ArrayList<>(newer.subList(0, Math.min(size, newer.size())));
            Collections.reverse(shown);
            String older = shown.isEmpty() ? echo(after.get()) : AuditCursor.of(shown.get(shown.size() - 1)).token();
            return new AuditPage(List.copyOf(shown), older, more ? AuditCursor.of(shown.get(0)).token() : null);
        }
        List<AuditRow> older = masked(trail.page(filter, before.orElse(null), AuditTrailRepository.Direction.OLDER,
                size + 1));
        List<AuditRow> shown = older.subList(0, Math.min(size, older.size()));
        String olderCursor = older.size() > size ? AuditCursor.of(shown.get(shown.size() - 1)).token() : null;
        String newerCursor = before.isEmpty() ? null
                : shown.isEmpty() ? echo(before.get()) : AuditCursor.of(shown.get(0)).token();
        return new AuditPage(List.copyOf(shown), olderCursor, newerCursor);
    }

    /** A cursor from the address, back into a link: never one that carries something shaped like a national id. */
    private static String echo(AuditCursor cursor) {
        String token = cursor.token();
        return NATIONAL_ID.matcher(token).find() ? null : token;
    }

    /** The text with everything shaped like a national id masked: {@code DDMMYY*****}. */
    public static String maskNationalIds(String text) {
        return text == null ? null : NATIONAL_ID.matcher(text).replaceAll("$1*****");
    }

    private static AuditFilter check(AuditSearch search) {
        Violations violations = new Violations();
        AuditLog.Actor actor = null;
        String typedActor = blankToNull(search.actor());
        if (typedActor != null) {
            try {
                actor = AuditLog.Actor.valueOf(typedActor.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                violations.add("actor", "actor_unknown");
            }
        }
        String staff = blankToNull(search.staff());
        if (staff != null) {
            staff = staff.toLowerCase(Locale.ROOT);
            if (NATIONAL_ID.matcher(staff).find()) {
                violations.add("staff", "national_id_typed");
            } else if (!staff.matches("[a-z0-9._-]{3,64}")) {
                violations.add("staff", "staff_invalid");
            } else if (actor != null && actor != AuditLog.Actor.STAFF) {
                violations.add("staff", "staff_not_staff");
            }
        }
        List<String> actions = List.of();
        String action = blankToNull(search.action());
        if (action != null && NATIONAL_ID.matcher(action).find()) {
            violations.add("action", "national_id_typed");
        } else if (ACCESS.equals(action)) {
            actions = AuditAction.of(AuditAction.Group.ACCESS).stream().map(Enum::name).toList();
        } else if (action != null && action.matches("[A-Z][A-Z0-9_]{0,39}")) {
            actions = List.of(action);
        } else if (action != null) {
            violations.add("action", "action_invalid");
        }
        String caseNumber = blankToNull(search.caseNumber());
        if (caseNumber != null) {
            caseNumber = caseNumber.replaceAll("[\\s.-]", "");
            if (NationalId.isValid(caseNumber, ANY_NATIONAL_ID)) {
                violations.add("case", "national_id_typed");
            } else if (!caseNumber.matches("[0-9]{8,12}")) {
                violations.add("case", "case_invalid");
            }
        }
        LocalDate from = date(search.from(), "from", violations);
        LocalDate to = date(search.to(), "to", violations);
        if (from != null && to != null && from.isAfter(to)) {
            violations.add("to", "to_before_from");
        }
        violations.throwIfAny();
        return new AuditFilter(actor, staff, actions, caseNumber,
                from == null ? null : from.atStartOfDay(TimeSource.OSLO).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(TimeSource.OSLO).toInstant());
    }

    private static LocalDate date(String typed, String field, Violations violations) {
        if (blankToNull(typed) == null) {
            return null;
        }
        Optional<LocalDate> date = DateInput.parse(typed).filter(d -> d.getYear() >= 1970 && d.getYear() <= 9998);
        if (date.isEmpty()) {
            violations.add(field, field + "_invalid");
            return null;
        }
        return date.get();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<AuditRow> masked(List<AuditRow> rows) {
        return rows.stream().map(r -> new AuditRow(r.id(), r.at(), r.actor(), r.actorId(), r.actorName(),
                r.actorUsername(), r.action(), maskNationalIds(r.target()), maskNationalIds(r.detail()),
                r.caseNumber(), r.objectionReference())).toList();
    }
}
