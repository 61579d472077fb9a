package no.minside.objections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.cases.CaseCorrections;
import no.minside.cases.CaseEventType;
import no.minside.cases.Claim;
import no.minside.cases.CollectionCase;
import no.minside.cases.StaffCaseService;
import no.minside.cases.StaffCaseView;
import no.minside.common.MoneyInput;
import no.minside.common.NotFoundException;
import no.minside.common.Roles;
import no.minside.common.TimeSource;
import no.minside.common.Validation;
import no.minside.common.Visitor;
import no.minside.notify.Notice;
import no.minside.notify.Notifications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Support's side: the queue, one objection with its case, and the decision. A decision is made once: the objection's
 * version as the page showed it must still be current, so of two people deciding at once one wins and the other is
 * told. Every view, download and decision is audited.
 */
@ApplicationScoped
public class StaffObjectionService {

    /** The most rows the queue shows at once. */
    static final int QUEUE_LIMIT = 200;

    private final ObjectionRepository objections;
    private final ObjectionService debtorSide;
    private final CaseCorrections corrections;
    private final StaffCaseService caseViews;
    private final Notifications notifications;
    private final Validator validator;
    private final TimeSource time;
    private final AuditLog audit;

    StaffObjectionService(ObjectionRepository objections, ObjectionService debtorSide, CaseCorrections corrections,
                          StaffCaseService caseViews, Notifications notifications, Validator validator,
                          TimeSource time, AuditLog audit) {
        this.objections = objections;
        this.debtorSide = debtorSide;
        this.corrections = corrections;
        this.caseViews = caseViews;
        this.notifications = notifications;
        this.validator = validator;
        this.time = time;
        this.audit = audit;
    }

    /** Open objections, the answer due soonest first; overdue ones marked. */
    @Transactional
    public List<ObjectionViews.QueueRow> queue(Visitor staff) {
        requireSupport(staff);
        audit.record(AuditLog.Actor.STAFF, staff.staffId(), "STAFF_VIEWED_OBJECTION_QUEUE", "objections", null);
        LocalDate today = time.today();
        List<Objection> open = objections.findQueue(QUEUE_LIMIT);
        java.util.Map<Long, String[]> cases = caseLabels(open.stream().map(o -> o.caseId).toList());
        return open.stream().map(o -> new ObjectionViews.QueueRow(o.id, o.reference, cases.get(o.caseId)[0],
                cases.get(o.caseId)[1], o.reason, o.pausedOn, o.answerDueOn, o.answerDueOn.isBefore(today))).toList();
    }

    @Transactional
    public ObjectionViews.StaffPage page(Visitor staff, long id, String notice) {
        requireSupport(staff);
        Objection o = objections.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Objection"));
        audit.record(AuditLog.Actor.STAFF, staff.staffId(), "STAFF_VIEWED_OBJECTION", "objection:" + o.reference,
                null);
        String caseNumber = caseLabels(List.of(o.caseId)).get(o.caseId)[0];
        StaffCaseView caseView = caseViews.view(staff, caseNumber);
        List<Claim> claims = corrections.claimsOf(o.caseId);
        ObjectionViews.ObjectionView view = debtorSide.view(o, claims);
        // What an upheld decision may change: the claims the objection is about, every open one for the whole case.
        List<ObjectionViews.ClaimChoice> decidable = o.wholeCase
                ? claims.stream().filter(k -> k.cancelledOn == null).map(ObjectionService::choice).toList()
                : view.claims().stream().filter(k -> !k.cancelled()).toList();
        boolean overdue = o.status == ObjectionStatus.OPEN && o.answerDueOn.isBefore(time.today());
        return new ObjectionViews.StaffPage(view, caseView, decidable, overdue, notice);
    }

    @Transactional
    public ObjectionViews.Download download(Visitor staff, long id, String publicId) {
        requireSupport(staff);
        Objection o = objections.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Objection"));
        ObjectionAttachment file = objections.file(o.id, ObjectionService.parse(publicId))
                .orElseThrow(() -> new NotFoundException("Attachment"));
        audit.record(AuditLog.Actor.STAFF, staff.staffId(), "STAFF_DOWNLOADED_ATTACHMENT",
                "objection:" + o.reference, file.fileName);
        return new ObjectionViews.Download(file.fileName, file.contentType, file.content);
    }

    /**
     * Support's decision. UPHOLD cancels the claims the objection is about (or reduces one to an amount), so their
     * collection costs go; REJECT resumes collection with a new 14-day deadline from today; MORE_INFO asks the
     * debtor, who replies on the same page. The reason is what the debtor reads.
     *
     * @throws AlreadyDecidedException when someone decided it since the page was shown
     * @throws no.minside.common.InvalidFormException for a missing reason or a wrong amount
     */
    @Transactional
    public void decide(Visitor staff, long id, DecisionForm form) {
        requireSupport(staff);
        Objection o = objections.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Objection"));
        List<Claim> claims = corrections.claimsOf(o.caseId);
        List<Long> about = o.wholeCase ? claims.stream().filter(k -> k.cancelledOn == null).map(k -> k.id).toList()
                : objections.claimIds(o.id);
        Validation.check(validator, form, (f, found) -> {
            if (!found.has("decision") && Decision.parse(f.decision()).isEmpty()) {
                found.add("decision", "decision_required");
            }
            if (Decision.parse(f.decision()).orElse(null) != Decision.UPHOLD) {
                return;
            }
            for (int row = 0; row < f.claimIds().size(); row++) {
                String claimId = f.claimIds().get(row);
                Optional<ClaimOutcome> outcome = ClaimOutcome.parse(outcome(f, row));
                if (outcome.isEmpty() || principalOf(claims, claimId) == null) {
                    found.add("outcome-" + claimId, "decision_required");
                } else if (outcome.get() == ClaimOutcome.REDUCE) {
                    Optional<BigDecimal> amount = MoneyInput.parse(row < f.amounts().size() ? f.amounts().get(row) : null);
                    if (amount.isEmpty() || amount.get().signum() <= 0
                            || amount.get().compareTo(principalOf(claims, claimId)) >= 0) {
                        found.add("amount-" + claimId, "amount_invalid");
                    }
                }
            }
        });
        CollectionCase c = corrections.lock(o.caseId);
        objections.getEntityManager().refresh(o);
        if (!o.status.isOpen() || !String.valueOf(o.version).equals(form.version())) {
            throw new AlreadyDecidedException();
        }
        LocalDate today = time.today();
        String reason = form.reason().strip();
        Decision decision = Decision.parse(form.decision()).orElseThrow();
        switch (decision) {
            case MORE_INFO -> {
                ObjectionMessage question = new ObjectionMessage();
                question.objectionId = o.id;
                question.kind = ObjectionMessage.Kind.INFO_REQUEST;
                question.text = reason;
                question.staffId = staff.staffId();
                question.at = time.now();
                objections.persistMessage(question);
                o.status = ObjectionStatus.INFO_REQUESTED;
                corrections.record(c.id, CaseEventType.OBJECTION_DECIDED, today, o.reference + " INFO_REQUESTED");
                notifications.tell(c.id, c.caseNumber, c.debtorId, Notice.OBJECTION_MORE_INFO);
            }
            case REJECT -> {
                decided(o, staff, reason, today, ObjectionStatus.REJECTED);
                corrections.resumeAfterPause(c.id, today);
                corrections.record(c.id, CaseEventType.OBJECTION_DECIDED, today, o.reference + " REJECTED");
                notifications.tell(c.id, c.caseNumber, c.debtorId, Notice.OBJECTION_DECIDED);
            }
            case UPHOLD -> {
                for (Long claimId : about) {
                    int row = form.claimIds().indexOf(claimId.toString());
                    ClaimOutcome outcome = row < 0 ? ClaimOutcome.CANCEL
                            : ClaimOutcome.parse(outcome(form, row)).orElseThrow();
                    if (outcome == ClaimOutcome.REDUCE) {
                        BigDecimal amount = MoneyInput.parse(form.amounts().get(row)).orElseThrow();
                        BigDecimal before = corrections.reduceClaim(c.id, claimId, amount);
                        objections.recordOutcome(o.id, claimId, before, amount);
                    } else if (outcome == ClaimOutcome.CANCEL) {
                        corrections.cancelClaim(c.id, claimId, today);
                        objections.recordOutcome(o.id, claimId, null, null);
                    }
                }
                decided(o, staff, reason, today, ObjectionStatus.UPHELD);
                corrections.resumeAfterPause(c.id, today);
                corrections.record(c.id, CaseEventType.OBJECTION_DECIDED, today, o.reference + " UPHELD");
                notifications.tell(c.id, c.caseNumber, c.debtorId, Notice.OBJECTION_DECIDED);
            }
        }
        audit.record(AuditLog.Actor.STAFF, staff.staffId(), "OBJECTION_DECIDED", "objection:" + o.reference,
                form.decision());
        try {
            objections.getEntityManager().flush();
        } catch (OptimisticLockException raced) {
            throw new AlreadyDecidedException();
        }
    }

    private void decided(Objection o, Visitor staff, String reason, LocalDate today, ObjectionStatus status) {
        o.status = status;
        o.decidedAt = time.now();
        o.decidedOn = today;
        o.decidedBy = staff.staffId();
        o.decisionReason = reason;
    }

    private static String outcome(DecisionForm form, int row) {
        return row < form.outcomes().size() ? form.outcomes().get(row) : null;
    }

    private static BigDecimal principalOf(List<Claim> claims, String claimId) {
        return claims.stream().filter(k -> k.id.toString().equals(claimId)).map(k -> k.principal).findFirst()
                .orElse(null);
    }

    /** Case number and debtor name per case: one query for a whole queue. */
    private java.util.Map<Long, String[]> caseLabels(List<Long> caseIds) {
        java.util.Map<Long, String[]> labels = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return labels;
        }
        objections.getEntityManager().createQuery("select c.id, c.caseNumber, d.name from CollectionCase c, Debtor d "
                        + "where d.id = c.debtorId and c.id in ?1", Object[].class).setParameter(1, caseIds)
                .getResultList().forEach(r -> labels.put((Long) r[0], new String[] {(String) r[1], (String) r[2]}));
        return labels;
    }

    private static void requireSupport(Visitor staff) {
        if (staff == null || !(Roles.SUPPORT.equals(staff.role()) || Roles.ADMIN.equals(staff.role()))) {
            throw new io.quarkus.security.ForbiddenException();
        }
    }
}
