package no.minside.cases.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.cases.CaseBalances;
import no.minside.cases.CaseEvent;
import no.minside.cases.CaseEventRepository;
import no.minside.cases.CaseEventType;
import no.minside.cases.CaseRepository;
import no.minside.cases.ClaimRepository;
import no.minside.cases.CollectionCase;
import no.minside.cases.Payment;
import no.minside.cases.PaymentBooked;
import no.minside.cases.PaymentRepository;
import no.minside.common.FieldError;
import no.minside.common.InvalidRequestException;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.creditors.Creditor;
import no.minside.common.Validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Registers payments on a creditor's cases, once per payment id. */
@ApplicationScoped
public class PaymentService {

    private final CaseRepository cases;
    private final PaymentRepository payments;
    private final CaseEventRepository events;
    private final Validator validator;
    private final TimeSource time;
    private final ClaimRepository claims;
    private final CaseBalances balances;
    private final PaymentConfig config;
    private final AuditLog audit;
    private final Event<PaymentBooked> booked;

    PaymentService(CaseRepository cases, PaymentRepository payments, CaseEventRepository events, Validator validator,
                   TimeSource time, ClaimRepository claims, CaseBalances balances, PaymentConfig config,
                   AuditLog audit, Event<PaymentBooked> booked) {
        this.booked = booked;
        this.config = config;
        this.audit = audit;
        this.claims = claims;
        this.balances = balances;
        this.cases = cases;
        this.payments = payments;
        this.events = events;
        this.validator = validator;
        this.time = time;
    }

    /**
     * Registers the payment, or returns the one already registered under the same payment id. A repeat with a
     * different amount, date or KID is refused: the id must not mean two payments. A payment that would leave more
     * than {@code minside.payments.review-overpayment-above} overpaid is held for staff review, not booked.
     */
    @Transactional
    public Registered register(Creditor creditor, String caseNumber, PaymentRequest request) {
        CollectionCase c = ownedCase(creditor, caseNumber);
        validate(c, request);
        // What is due decides whether the payment is booked or held: no other payment may change it meanwhile.
        cases.lockForUpdate(c);
        Optional<Payment> existing = payments.findByExternalId(c.id, request.paymentId());
        if (existing.isPresent()) {
            Payment p = existing.get();
            if (p.amount.compareTo(request.amount()) != 0 || !p.paidOn.equals(request.paidOn())) {
                throw new InvalidRequestException(List.of(new FieldError("paymentId",
                        "was already registered with another amount or date")));
            }
            return new Registered(c, p, false);
        }
        Payment p = new Payment();
        p.caseId = c.id;
        p.externalId = request.paymentId();
        p.amount = request.amount().setScale(2);
        p.paidOn = request.paidOn();
        p.kid = request.kid();
        p.registeredAt = time.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL keeps it
        BigDecimal due = balances.of(c, CaseBalances.Detail.BALANCE).breakdown().totalDue();
        if (p.amount.subtract(due).compareTo(config.reviewOverpaymentAbove()) > 0) {
            // A mistyped amount, or money that belongs elsewhere: a person looks before it is booked.
            p.status = Payment.Status.HELD;
            p.heldReason = "amount exceeds what is due (" + due.toPlainString() + ") by more than "
                    + config.reviewOverpaymentAbove().toPlainString();
            payments.persist(p);
            audit.record(AuditLog.Actor.CREDITOR, creditor.id, "PAYMENT_HELD", "case:" + c.caseNumber,
                    "payment " + p.externalId);
            return new Registered(c, p, true);
        }
        payments.persist(p);
        events.persist(CaseEvent.of(c.id, CaseEventType.PAYMENT_RECEIVED, p.paidOn, p.amount, null));
        // Observers (a payment plan's instalments) settle in this transaction, under the case's lock.
        booked.fire(new PaymentBooked(c.id, p.id, p.amount, p.paidOn));
        return new Registered(c, p, true);
    }

    /** The answer to a registration: the payment and the case as it stands now, after any stage move it caused. */
    @Transactional
    public PaymentResult result(Registered registered) {
        Payment p = registered.payment();
        CollectionCase c = cases.findById(registered.collectionCase().id);
        return new PaymentResult(p.externalId, p.amount, p.paidOn, p.registeredAt, p.status, c.caseNumber, c.stage,
                balances.of(c, CaseBalances.Detail.BALANCE).breakdown().totalDue(), registered.created());
    }

    /** The outcome of a registration: the case, the payment and whether it was new. */
    public record Registered(CollectionCase collectionCase, Payment payment, boolean created) {
    }

    private CollectionCase ownedCase(Creditor creditor, String caseNumber) {
        return cases.findByCaseNumberForCreditor(caseNumber, creditor.id)
                .orElseThrow(() -> new NotFoundException("Case"));
    }

    private void validate(CollectionCase c, PaymentRequest request) {
        List<FieldError> errors = Validation.fieldErrors(validator, request);
        if (request.kid() != null && request.kid().matches("[0-9]{2,25}") && !request.kid().equals(c.kid)) {
            errors.add(new FieldError("kid", "does not match the case's KID"));
        }
        if (request.paidOn() != null && request.paidOn().isAfter(time.today())) {
            errors.add(new FieldError("paidOn", "must not be in the future"));
        }
        LocalDate firstDue = claims.findByCase(c.id).stream().map(k -> k.dueDate).min(LocalDate::compareTo)
                .orElse(null);
        if (request.paidOn() != null && firstDue != null && request.paidOn().isBefore(firstDue)) {
            errors.add(new FieldError("paidOn", "must not be before the first claim's due date (" + firstDue + ")"));
        }
        Validation.refuseIfAny(errors);
    }
}
