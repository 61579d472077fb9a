package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.minside.common.NationalId;

import java.util.List;

/**
 * The one search box support works from while a person is on the phone: a case number, a KID, a national id or
 * (part of) a name. National ids come back masked. One query, at most {@link #LIMIT} cases.
 */
@ApplicationScoped
public class CaseSearch {

    static final int LIMIT = 50;

    /** One case found, as the result list shows it. */
    public record Hit(String caseNumber, String kid, CaseStage stage, String debtorName, String maskedId,
                      String creditorName) {
    }

    private final EntityManager em;

    CaseSearch(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<Hit> search(String typed) {
        String q = typed == null ? "" : typed.strip();
        if (q.length() < 2 || q.length() > 100) {
            return List.of();
        }
        String digits = q.replaceAll("[\\s.-]", "");
        String where;
        Object value;
        // An OR across the case and the debtor cannot use their unique indexes (PostgreSQL joins both tables whole:
        // ~2 s at a million debtors, src/test/perf/explain); a union of the indexed lookups takes a millisecond.
        if (digits.matches("[0-9]{11}")) {
            where = """
                    c.id in (select k.id from collection_case k join debtor p on p.id = k.debtor_id
                             where p.national_id = ?1
                             union all select k.id from collection_case k where k.kid = ?1)""";
            value = digits;
        } else if (digits.matches("[0-9]{8,25}")) {
            where = """
                    c.id in (select k.id from collection_case k where k.case_number = ?1
                             union all select k.id from collection_case k where k.kid = ?1
                             union all select k.id from collection_case k join debtor p on p.id = k.debtor_id
                             where p.organisation_number = ?1)""";
            value = digits;
        } else {
            where = "lower(d.name) like ?1 escape '\\'";
            value = "%" + q.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.case_number, c.kid, c.stage, d.name, d.national_id, d.organisation_number, cr.name
                        from collection_case c join debtor d on d.id = c.debtor_id join creditor cr on cr.id = c.creditor_id
                        where %s order by c.collection_notice_sent_on desc, c.id desc""".formatted(where))
                .setParameter(1, value).setMaxResults(LIMIT).getResultList();
        return rows.stream().map(r -> new Hit((String) r[0], (String) r[1], CaseStage.valueOf((String) r[2]),
                (String) r[3], r[4] != null ? NationalId.mask((String) r[4]) : (String) r[5], (String) r[6]))
                .toList();
    }
}
