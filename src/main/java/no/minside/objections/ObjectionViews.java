package no.minside.objections;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The records the objection pages, for the debtor and for support, are rendered from. */
public final class ObjectionViews {

    private ObjectionViews() {
    }

    /** The debtor's objection page: the form, or the open objection's status; and the earlier ones. */
    public record DebtorPage(String caseNumber, String creditorName, ObjectionView current, List<ClaimChoice> claims,
                             List<ObjectionView> earlier, boolean answerByEmail) {

        public boolean canObject() {
            return current == null || !current.status().isOpen();
        }
    }

    /** A claim the debtor may tick. */
    public record ClaimChoice(long id, String invoiceNumber, String description, BigDecimal principal,
                              boolean cancelled) {

        /** The id of the claim's outcome field on the decision form, which its errors link to. */
        public String outcomeField() {
            return "outcome-" + id;
        }

        /** The id of the claim's new-amount field on the decision form. */
        public String amountField() {
            return "amount-" + id;
        }
    }

    /** One objection as both sides read it. */
    public record ObjectionView(long id, String reference, ObjectionStatus status, ObjectionReason reason, String text,
                                boolean wholeCase, List<ClaimChoice> claims, LocalDate submittedOn,
                                LocalDate answerDueOn, LocalDate decidedOn, String decisionReason,
                                List<MessageView> messages, List<FileView> files, long version) {

        public boolean awaitsReply() {
            return status == ObjectionStatus.INFO_REQUESTED;
        }

        public boolean isDecided() {
            return status == ObjectionStatus.UPHELD || status == ObjectionStatus.REJECTED;
        }

        public boolean isUnderReview() {
            return status == ObjectionStatus.OPEN;
        }

        public boolean isUpheld() {
            return status == ObjectionStatus.UPHELD;
        }

        /** After a rejection, the new last day to pay: 14 days from the decision (DOMAIN.md). */
        public LocalDate newDeadline() {
            return decidedOn == null ? null : decidedOn.plusDays(no.minside.fees.CaseFacts.NOTICE_DAYS);
        }

        /** The question the debtor is asked to answer: support's latest. */
        public MessageView question() {
            MessageView last = null;
            for (MessageView m : messages) {
                if (m.kind() == ObjectionMessage.Kind.INFO_REQUEST) {
                    last = m;
                }
            }
            return last;
        }
    }

    public record MessageView(ObjectionMessage.Kind kind, String text, Instant at, List<FileView> files) {

        public boolean isReply() {
            return kind == ObjectionMessage.Kind.REPLY;
        }
    }

    public record FileView(UUID publicId, String fileName, String contentType, int sizeBytes) {

        /** Size in kB, rounded up, for the list. */
        public long kilobytes() {
            return (sizeBytes + 1023) / 1024;
        }
    }

    /** One row of support's queue. */
    public record QueueRow(long id, String reference, String caseNumber, String debtorName, ObjectionReason reason,
                           LocalDate submittedOn, LocalDate answerDueOn, boolean overdue) {
    }

    /** Support's page for one objection: the objection, and the case as the staff case view shows it. */
    public record StaffPage(ObjectionView objection, no.minside.cases.StaffCaseView caseView,
                            List<ClaimChoice> decidable, boolean overdue, String notice) {
    }

    /** A file to send back as a download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }
}
