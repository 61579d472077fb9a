package no.minside.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The payment plan in force on a case, as the case pages and the creditor API show it. The plans feature implements
 * it, so that the cases package knows no plan beyond this summary; with no implementation no case has a plan.
 */
public interface CasePlans {

    /**
     * For each of these cases that has a plan in force, its summary; cases without one are left out. Called inside a
     * transaction once per batch of cases: a fixed number of queries, never one per case.
     */
    Map<Long, ActivePlan> activePlans(Collection<Long> caseIds);

    /**
     * A plan in force.
     *
     * @param nextDueDate the first instalment not paid in full, or null when every instalment is paid
     * @param nextAmount  what is left to pay of that instalment, or null
     */
    record ActivePlan(String reference, LocalDate startedOn, int instalments, int instalmentsPaid,
                      BigDecimal totalToPay, BigDecimal paid, LocalDate nextDueDate, BigDecimal nextAmount) {
    }
}
