package no.minside.cases;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the creditor API says of a case's latest dispute (an objection): implemented by the objections feature, so
 * that cases need not know it.
 */
public interface Disputes {

    Optional<Dispute> latest(long caseId);

    /** The latest dispute of each of these cases that has one: one query however many cases. */
    java.util.Map<Long, Dispute> latest(java.util.Collection<Long> caseIds);

    /** The objection as the creditor sees it: no text, no files (those are the debtor's to support). */
    record Dispute(String reference, String status, String reason, LocalDate submittedOn, LocalDate answerDueOn,
                   LocalDate decidedOn, String decisionReason) {

        public boolean isOpen() {
            return "OPEN".equals(status) || "INFO_REQUESTED".equals(status);
        }
    }
}
