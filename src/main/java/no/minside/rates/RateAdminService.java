package no.minside.rates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.common.TimeSource;
import no.minside.common.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Changes to the rate tables, checked, previewed and audited. A new period comes right after the last one (no gap,
 * no overlap; a half-year starts 1 January or 1 July); an existing period is corrected in place, and a correction
 * that reaches a day already past needs a reason, since balances have used it. A saved change is in every balance
 * on this instance at once and on the others within {@link RateTablesProvider#CHECK}.
 */
@ApplicationScoped
public class RateAdminService {

    static final BigDecimal MAX_INTEREST = new BigDecimal("30.00");
    static final BigDecimal MIN_SATS = new BigDecimal("100.00");
    static final BigDecimal MAX_SATS = new BigDecimal("5000.00");
    static final BigDecimal MAX_MULTIPLE = new BigDecimal("20.0000");
    static final BigDecimal MAX_ALLOWANCE = new BigDecimal("50000.00");
    static final int MAX_TEXT = 300;

    private final RateRepository rates;
    private final RateTablesProvider provider;
    private final EntityManager em;
    private final TimeSource time;
    private final AuditLog audit;

    RateAdminService(RateRepository rates, RateTablesProvider provider, EntityManager em, TimeSource time,
                     AuditLog audit) {
        this.rates = rates;
        this.provider = provider;
        this.em = em;
        this.time = time;
        this.audit = audit;
    }

    /** Every table as stored, research notes included, newest first where dated. */
    @Transactional
    public RateAdminView view() {
        List<RatePreview.Value> interest = rates.lateInterestRates().stream()
                .map(r -> new RatePreview.Value(r.validFrom, r.validTo, r.rate, r.provisional, r.source,
                        r.officialSource)).toList();
        List<RatePreview.Value> sats = rates.inkassoRates().stream()
                .map(r -> new RatePreview.Value(r.validFrom, r.validTo, r.amount, r.provisional, r.source,
                        r.officialSource)).toList();
        List<RateAdminView.Band> bands = rates.feeBands().stream()
                .map(b -> new RateAdminView.Band(b.id, b.principalUpTo, b.lightMultiple)).toList();
        Map<LocalDate, List<LivingAllowanceRow>> sets = rates.livingAllowances().stream()
                .collect(Collectors.groupingBy(r -> r.validFrom, java.util.TreeMap::new, Collectors.toList()));
        List<RateAdminView.AllowanceSet> allowances = sets.entrySet().stream()
                .map(e -> new RateAdminView.AllowanceSet(e.getKey(), amounts(e.getValue()),
                        e.getValue().stream().anyMatch(r -> r.provisional), e.getValue().get(0).source))
                .toList();
        return new RateAdminView(time.today(), reversed(interest), reversed(sats), bands, reversed(allowances),
                nextHalfYear(), versions());
    }

    /**
     * What the change would do, without doing it.
     *
     * @throws no.minside.common.InvalidFormException with everything wrong in it
     */
    @Transactional
    public RatePreview preview(RateChange change) {
        return plan(change, new Violations()).preview();
    }

    /** The table's version now: every saved change to it moves it by one. */
    @Transactional
    public long version(RateTable table) {
        return versions().getOrDefault(table, 0L);
    }

    private Map<RateTable, Long> versions() {
        Map<RateTable, Long> versions = new EnumMap<>(RateTable.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select rate_table, version from rate_table_version")
                .getResultList();
        rows.forEach(r -> versions.put(RateTable.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return versions;
    }

    /**
     * Saves the change, checked again under a lock, so two admins at once cannot both add the same period, and
     * only when the table is still at {@code seenVersion}, the version the admin's form was read at.
     *
     * @throws RateTableChangedMeanwhileException when someone saved a change to the table since
     * @throws no.minside.common.InvalidFormException with everything wrong in it
     */
    @Transactional
    public RatePreview apply(RateChange change, long seenVersion, long staffId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('rate_tables'))").getSingleResult();
        if (change.table() != null && version(change.table()) != seenVersion) {
            throw new RateTableChangedMeanwhileException(version(change.table()));
        }
        Plan plan = plan(change, new Violations());
        if (plan.preview().correctsThePast() && change.reason().isEmpty()) {
            new Violations().add("reason", "reason_required").throwIfAny();
        }
        plan.write().run();
        em.createNativeQuery("update rate_table_version set version = version + 1 where rate_table = ?1")
                .setParameter(1, change.table().name()).executeUpdate();
        em.flush();
        audit.record(AuditLog.Actor.STAFF, staffId, "RATE_CHANGED", target(change), describe(plan.preview(), change));
        provider.invalidate();
        return plan.preview();
    }

    /** A checked change: what it will look like and how to write it. */
    private record Plan(RatePreview preview, Runnable write) {
    }

    private Plan plan(RateChange change, Violations found) {
        if (change.table() == null) {
            found.add("table", "table_required").throwIfAny();
        }
        return switch (change.table()) {
            case INTEREST -> interest(change, found);
            case SATS -> sats(change, found);
            case ALLOWANCES -> allowances(change, found);
            case BAND -> band(change, found);
        };
    }

    /** The texts every table's form has, checked after its own fields so the summary follows the form. */
    private static void checkTexts(RateChange change, Violations found) {
        if (change.source().isEmpty() && change.table() != RateTable.BAND) {
            found.add("source", "source_required");
        } else if (change.source().length() > MAX_TEXT) {
            found.add("source", "text_too_long", MAX_TEXT);
        }
        if (change.officialSource() != null && change.officialSource().length() > MAX_TEXT) {
            found.add("officialSource", "text_too_long", MAX_TEXT);
        }
        if (change.reason().length() > MAX_TEXT) {
            found.add("reason", "text_too_long", MAX_TEXT);
        }
    }

    private Plan interest(RateChange change, Violations found) {
        LocalDate from = change.validFrom();
        if (from == null) {
            found.add("validFrom", "date_invalid");
        } else if (from.getDayOfMonth() != 1 || (from.getMonthValue() != 1 && from.getMonthValue() != 7)) {
            found.add("validFrom", "half_year_start");
        }
        if (change.value() == null || change.value().compareTo(MAX_INTEREST) > 0) {
            found.add("value", "interest_range");
        }
        List<LateInterestRateRow> rows = rates.lateInterestRates();
        LateInterestRateRow last = rows.get(rows.size() - 1);
        LateInterestRateRow existing = found.has("validFrom") ? null
                : rows.stream().filter(r -> r.validFrom.equals(from)).findFirst().orElse(null);
        if (!found.has("validFrom") && existing == null && !from.equals(last.validFrom.plusMonths(6))) {
            found.add("validFrom", from.isAfter(last.validFrom) ? "period_gap" : "period_overlap",
                    day(last.validFrom.plusMonths(6)));
        }
        checkTexts(change, found);
        found.throwIfAny();

        RatePreview.Value after = new RatePreview.Value(from, existing == null ? null : existing.validTo,
                change.value(), change.provisional(), change.source(), change.officialSource());
        List<RatePreview.Line> lines = new ArrayList<>();
        if (existing == null) {
            // The last half-year is carried forward until the next is entered: it now ends the day before.
            lines.add(new RatePreview.Line(null, null, value(last), new RatePreview.Value(last.validFrom,
                    from.minusDays(1), last.rate, last.provisional, last.source, last.officialSource)));
        }
        lines.add(new RatePreview.Line(null, null, existing == null ? null : value(existing), after));
        LocalDate to = existing == null ? null : existing.validTo;
        RatePreview preview = new RatePreview(RateTable.INTEREST, lines, !from.isAfter(time.today()), from,
                openCasesDueBefore(to));
        return new Plan(preview, () -> {
            LateInterestRateRow row = existing;
            if (row == null) {
                last.validTo = from.minusDays(1);
                em.flush();
                row = new LateInterestRateRow();
                row.validFrom = from;
            }
            row.rate = change.value();
            row.provisional = change.provisional();
            row.source = change.source();
            row.officialSource = change.officialSource();
            if (existing == null) {
                em.persist(row); // an identity key: inserted here, so only when complete
            }
        });
    }

    private Plan sats(RateChange change, Violations found) {
        LocalDate from = change.validFrom();
        if (from == null) {
            found.add("validFrom", "date_invalid");
        }
        if (change.value() == null || change.value().compareTo(MIN_SATS) < 0 || change.value().compareTo(MAX_SATS) > 0) {
            found.add("value", "sats_range", MIN_SATS.toPlainString(), MAX_SATS.toPlainString());
        }
        List<InkassoRateRow> rows = rates.inkassoRates();
        InkassoRateRow last = rows.get(rows.size() - 1);
        InkassoRateRow existing = found.has("validFrom") ? null
                : rows.stream().filter(r -> r.validFrom.equals(from)).findFirst().orElse(null);
        if (!found.has("validFrom") && existing == null) {
            if (!from.isAfter(last.validFrom)) {
                found.add("validFrom", "period_overlap", day(last.validFrom.plusDays(1)));
            } else if (last.validTo != null && !from.equals(last.validTo.plusDays(1))) {
                found.add("validFrom", "period_gap", day(last.validTo.plusDays(1)));
            }
        }
        checkTexts(change, found);
        found.throwIfAny();

        List<RatePreview.Line> lines = new ArrayList<>();
        if (existing == null && last.validTo == null) {
            lines.add(new RatePreview.Line(null, null, value(last), new RatePreview.Value(last.validFrom,
                    from.minusDays(1), last.amount, last.provisional, last.source, last.officialSource)));
        }
        lines.add(new RatePreview.Line(null, null, existing == null ? null : value(existing),
                new RatePreview.Value(from, existing == null ? null : existing.validTo, change.value(),
                        change.provisional(), change.source(), change.officialSource())));
        RatePreview preview = new RatePreview(RateTable.SATS, lines, !from.isAfter(time.today()), from,
                openCasesDueBefore(null));
        return new Plan(preview, () -> {
            InkassoRateRow row = existing;
            if (row == null) {
                if (last.validTo == null) {
                    last.validTo = from.minusDays(1);
                    em.flush();
                }
                row = new InkassoRateRow();
                row.validFrom = from;
            }
            row.amount = change.value();
            row.provisional = change.provisional();
            row.source = change.source();
            row.officialSource = change.officialSource();
            if (existing == null) {
                em.persist(row);
            }
        });
    }

    private Plan allowances(RateChange change, Violations found) {
        LocalDate from = change.validFrom();
        if (from == null) {
            found.add("validFrom", "date_invalid");
        }
        for (LivingAllowanceCategory category : LivingAllowanceCategory.values()) {
            BigDecimal amount = change.allowances().get(category);
            if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_ALLOWANCE) > 0) {
                found.add("amount-" + category.name(), "allowance_range");
            }
        }
        List<LivingAllowanceRow> rows = rates.livingAllowances();
        LocalDate lastFrom = rows.get(rows.size() - 1).validFrom;
        List<LivingAllowanceRow> existing = found.has("validFrom") ? List.of()
                : rows.stream().filter(r -> r.validFrom.equals(from)).toList();
        if (!found.has("validFrom") && existing.isEmpty() && !from.isAfter(lastFrom)) {
            found.add("validFrom", "period_overlap", day(lastFrom.plusDays(1)));
        }
        checkTexts(change, found);
        found.throwIfAny();

        List<RatePreview.Line> lines = new ArrayList<>();
        for (LivingAllowanceCategory category : LivingAllowanceCategory.values()) {
            LivingAllowanceRow before = existing.stream().filter(r -> r.category.equals(category.name())).findFirst()
                    .orElse(null);
            lines.add(new RatePreview.Line(category, null, before == null ? null : new RatePreview.Value(from, null,
                    before.amount, before.provisional, before.source, null), new RatePreview.Value(from, null,
                    change.allowances().get(category), change.provisional(), change.source(), null)));
        }
        // Living allowances weigh only in plan evaluations, never in a balance.
        RatePreview preview = new RatePreview(RateTable.ALLOWANCES, lines, !from.isAfter(time.today()), from, 0);
        return new Plan(preview, () -> {
            for (LivingAllowanceCategory category : LivingAllowanceCategory.values()) {
                LivingAllowanceRow row = existing.stream().filter(r -> r.category.equals(category.name()))
                        .findFirst().orElse(null);
                boolean fresh = row == null;
                if (fresh) {
                    row = new LivingAllowanceRow();
                    row.validFrom = from;
                    row.category = category.name();
                }
                row.amount = change.allowances().get(category);
                row.provisional = change.provisional();
                row.source = change.source();
                if (fresh) {
                    em.persist(row);
                }
            }
        });
    }

    private Plan band(RateChange change, Violations found) {
        FeeBandRow band = change.bandId() == null ? null : em.find(FeeBandRow.class, change.bandId());
        if (band == null) {
            found.add("band", "band_required");
        }
        if (change.value() == null || change.value().signum() <= 0 || change.value().compareTo(MAX_MULTIPLE) > 0) {
            found.add("value", "multiple_range");
        }
        // Bands are not dated: a change reaches every balance, past days included.
        if (change.reason().isEmpty()) {
            found.add("reason", "reason_required");
        }
        checkTexts(change, found);
        found.throwIfAny();
        RatePreview.Line line = new RatePreview.Line(null, band.principalUpTo,
                new RatePreview.Value(null, null, band.lightMultiple, false, null, null),
                new RatePreview.Value(null, null, change.value(), false, null, null));
        RatePreview preview = new RatePreview(RateTable.BAND, List.of(line), true, null, openCasesDueBefore(null));
        return new Plan(preview, () -> band.lightMultiple = change.value());
    }

    /** Open cases with a claim due before the day (every open case for an open end): whose balance may change. */
    private long openCasesDueBefore(LocalDate to) {
        return ((Number) em.createNativeQuery("""
                select count(distinct c.id) from collection_case c join claim k on k.case_id = c.id
                where c.stage not in ('PAID', 'CANCELLED') and k.cancelled_on is null
                  and (cast(?1 as date) is null or k.due_date < cast(?1 as date))
                """).setParameter(1, to).getSingleResult()).longValue();
    }

    /** A day as both languages read it in a message: 1.1.2027. */
    private static String day(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }

    private LocalDate nextHalfYear() {
        List<LateInterestRateRow> rows = rates.lateInterestRates();
        return rows.get(rows.size() - 1).validFrom.plusMonths(6);
    }

    private static RatePreview.Value value(LateInterestRateRow r) {
        return new RatePreview.Value(r.validFrom, r.validTo, r.rate, r.provisional, r.source, r.officialSource);
    }

    private static RatePreview.Value value(InkassoRateRow r) {
        return new RatePreview.Value(r.validFrom, r.validTo, r.amount, r.provisional, r.source, r.officialSource);
    }

    private static Map<LivingAllowanceCategory, BigDecimal> amounts(List<LivingAllowanceRow> rows) {
        Map<LivingAllowanceCategory, BigDecimal> amounts = new EnumMap<>(LivingAllowanceCategory.class);
        rows.forEach(r -> amounts.put(LivingAllowanceCategory.valueOf(r.category), r.amount));
        return amounts;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String target(RateChange change) {
        return "rates:" + change.table().name().toLowerCase(java.util.Locale.ROOT) + ":"
                + (change.table() == RateTable.BAND ? change.bandId() : change.validFrom());
    }

    /** Old and new values and the reason, for the audit trail. */
    private static String describe(RatePreview preview, RateChange change) {
        String lines = preview.lines().stream().map(l -> (l.category() != null ? l.category() + " "
                        : l.bandUpTo() != null ? "up to " + l.bandUpTo() + " " : "")
                        + show(l.before()) + " -> " + show(l.after()))
                .collect(Collectors.joining("; "));
        return lines + (change.reason().isEmpty() ? "" : "; reason: " + change.reason());
    }

    private static String show(RatePreview.Value v) {
        if (v == null) {
            return "(new)";
        }
        return (v.from() == null ? "" : v.from() + ".." + Objects.toString(v.to(), "") + " ") + v.value().toPlainString()
                + (v.provisional() ? " provisional" : "");
    }
}
