package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import no.minside.creditors.Creditor;
import no.minside.debtors.Debtor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads cases with their claims, payments, costs and timelines in a fixed number of queries, however many cases
 * there are: one per table, never one per case. Callers hold the transaction.
 */
@ApplicationScoped
public class CaseRecordsLoader {

    private final EntityManager em;

    CaseRecordsLoader(EntityManager em) {
        this.em = em;
    }

    /** The cases with what the balance needs, and their timelines when asked: for {@link CaseBalances}. */
    List<CaseRecords> load(List<CollectionCase> cases, boolean withTimeline) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<Long> caseIds = cases.stream().map(c -> c.id).toList();
        Map<Long, Creditor> creditors = byId(em.createQuery("from Creditor where id in ?1", Creditor.class)
                .setParameter(1, cases.stream().map(c -> c.creditorId).distinct().toList()).getResultList(),
                c -> c.id);
        Map<Long, Debtor> debtors = byId(em.createQuery("from Debtor where id in ?1", Debtor.class)
                .setParameter(1, cases.stream().map(c -> c.debtorId).distinct().toList()).getResultList(),
                d -> d.id);
        Map<Long, List<Claim>> claims = byCase(em.createQuery(
                "from Claim where caseId in ?1 order by dueDate, id", Claim.class), caseIds, k -> k.caseId);
        Map<Long, List<Payment>> payments = byCase(em.createQuery(
                "from Payment where caseId in ?1 and status = 'BOOKED' order by paidOn, id", Payment.class), caseIds, p -> p.caseId);
        Map<Long, List<CostLine>> costs = byCase(em.createQuery(
                "from CostLine where caseId in ?1 order by incurredOn, id", CostLine.class), caseIds, l -> l.caseId);
        Map<Long, List<CaseEvent>> events = withTimeline ? byCase(em.createQuery(
                "from CaseEvent where caseId in ?1 order by occurredOn, id", CaseEvent.class), caseIds, e -> e.caseId)
                : Map.of();
        return cases.stream()
                .map(c -> new CaseRecords(c, creditors.get(c.creditorId), debtors.get(c.debtorId),
                        claims.getOrDefault(c.id, List.of()), payments.getOrDefault(c.id, List.of()),
                        costs.getOrDefault(c.id, List.of()), events.getOrDefault(c.id, List.of())))
                .toList();
    }

    private static <T> Map<Long, T> byId(Collection<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static <T> Map<Long, List<T>> byCase(jakarta.persistence.TypedQuery<T> query, List<Long> caseIds,
                                                 Function<T, Long> caseId) {
        return query.setParameter(1, caseIds).getResultList().stream()
                .collect(Collectors.groupingBy(caseId, Collectors.toList()));
    }
}
