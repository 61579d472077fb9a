package no.minside.plans;

import jakarta.enterprise.context.ApplicationScoped;
import no.minside.cases.CasePlans;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The plan in force on each case, for the case pages and the creditor API: two queries however many cases. */
@ApplicationScoped
public class PlanSummaries implements CasePlans {

    private final PlanRepository plans;

    PlanSummaries(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Map<Long, ActivePlan> activePlans(Collection<Long> caseIds) {
        Map<Long, ActivePlan> summaries = new HashMap<>();
        List<PaymentPlan> active = plans.findActiveByCases(caseIds);
        if (active.isEmpty()) {
            return summaries;
        }
        Map<Long, List<PlanInstalment>> byPlan = plans.instalments(active.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(i -> i.planId));
        for (PaymentPlan plan : active) {
            List<PlanInstalment> rows = byPlan.getOrDefault(plan.id, List.of());
            PlanInstalment next = rows.stream().filter(i -> !i.isPaid()).findFirst().orElse(null);
            BigDecimal paid = rows.stream().map(i -> i.paidAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            summaries.put(plan.caseId, new ActivePlan(plan.reference, plan.startedOn, rows.size(),
                    (int) rows.stream().filter(PlanInstalment::isPaid).count(), plan.totalToPay, paid,
                    next == null ? null : next.dueDate, next == null ? null : next.left()));
        }
        return summaries;
    }
}
