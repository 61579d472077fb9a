package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.common.FieldError;
import no.minside.common.EmailAddress;
import no.minside.common.Luhn;
import no.minside.common.NationalId;
import no.minside.common.OrganisationNumber;
import no.minside.common.Text;
import no.minside.common.TimeSource;
import no.minside.creditors.Creditor;
import no.minside.debtors.Debtor;
import no.minside.fees.DebtorKind;
import no.minside.debtors.CaseContacts;
import no.minside.debtors.DebtorDirectory;
import no.minside.debtors.PhoneNumbers;
import no.minside.fees.CaseFacts;
import no.minside.fees.RateTables;
import no.minside.letters.LetterKind;
import no.minside.rates.RateTablesProvider;
import no.minside.common.Validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static no.minside.common.Text.blankToNull;
import static no.minside.common.Text.isBlank;

/** Opens collection cases from creditors' intake requests: validates, finds or creates the debtor, and records it all. */
@ApplicationScoped
public class CaseIntakeService {

    private final CaseRepository cases;
    private final ClaimRepository claims;
    private final CaseEventRepository events;
    private final DebtorDirectory debtors;
    private final Validator validator;
    private final TimeSource time;
    private final IntakeConfig config;
    private final RateTablesProvider rates;
    private final CasePins pins;
    private final CaseBalances balances;
    private final CaseLetters letters;
    private final CaseContacts contacts;

    CaseIntakeService(CaseRepository cases, ClaimRepository claims, CaseEventRepository events,
                      DebtorDirectory debtors, Validator validator, TimeSource time, IntakeConfig config,
                      RateTablesProvider rates, CasePins pins, CaseBalances balances, CaseLetters letters,
                      CaseContacts contacts) {
        this.contacts = contacts;
        this.rates = rates;
        this.pins = pins;
        this.balances = balances;
        this.letters = letters;
        this.cases = cases;
        this.claims = claims;
        this.events = events;
        this.debtors = debtors;
        this.validator = validator;
        this.time = time;
        this.config = config;
    }

    /** The creditor's existing case with this reference, if any: a repeated intake answers with it. */
    @Transactional
    public Optional<IntakeResult> findExisting(Creditor creditor, String creditorReference) {
        return cases.findByCreditorReference(creditor.id, creditorReference)
                .map(c -> new IntakeResult(c.caseNumber, c.kid, c.stage, c.creditorReference, false));
    }

    /**
     * Opens a case, or returns the one already opened with the same creditor reference. Nothing is stored when any
     * field is invalid; every invalid field is reported at once.
     */
    @Transactional
    public IntakeResult intake(Creditor creditor, IntakeRequest request) {
        validate(request);
        Optional<IntakeResult> existing = findExisting(creditor, request.creditorReference());
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate today = time.today();
        Debtor debtor = findOrCreateDebtor(request.debtor());

        CollectionCase c = new CollectionCase();
        String caseNumber = Luhn.withCheckDigit(Long.toString(cases.nextCaseSequence()));
        c.caseNumber = caseNumber;
        c.kid = Luhn.withCheckDigit(caseNumber);
        c.creditorId = creditor.id;
        c.debtorId = debtor.id;
        c.creditorReference = request.creditorReference();
        c.collectionNoticeSentOn = Optional.ofNullable(request.collectionNoticeSentOn()).orElse(today);
        c.collectionNoticeDeadline = c.collectionNoticeSentOn.plusDays(CaseFacts.NOTICE_DAYS);
        c.stage = CaseStage.COLLECTION_NOTICE;
        if (request.paymentDemandSentOn() != null) {
            c.paymentDemandSentOn = request.paymentDemandSentOn();
            c.paymentDemandDeadline = c.paymentDemandSentOn.plusDays(CaseFacts.NOTICE_DAYS);
            c.stage = CaseStage.PAYMENT_DEMAND;
        }
        String pin = pins.replacePin(c);
        cases.persist(c);

        List<Claim> written = new java.util.ArrayList<>();
        for (IntakeRequest.Claim input : request.claims()) {
            Claim claim = new Claim();
            claim.caseId = c.id;
            claim.invoiceNumber = input.invoiceNumber().trim();
            claim.description = input.description().trim();
            claim.principal = input.principal().setScale(2);
            claim.dueDate = input.dueDate();
            claim.reminderFee = Optional.ofNullable(input.reminderFee()).orElse(BigDecimal.ZERO).setScale(2);
            claims.persist(claim);
            written.add(claim);
        }
        // The creditor's e-mail and phone are for this case's notices only.
        contacts.supplied(c.id, blankToNull(request.debtor().email()), normalisePhone(request.debtor().phone()),
                debtor.language);
        events.persist(CaseEvent.of(c.id, CaseEventType.CASE_OPENED, today, totalPrincipal(request), null));
        events.persist(CaseEvent.of(c.id, CaseEventType.COLLECTION_NOTICE_SENT, c.collectionNoticeSentOn, null, null));
        if (c.paymentDemandSentOn != null) {
            events.persist(CaseEvent.of(c.id, CaseEventType.PAYMENT_DEMAND_SENT, c.paymentDemandSentOn, null, null));
        }
        issueFirstLetter(balances.ofNew(new CaseRecords(c, creditor, debtor, written, List.of(), List.of(), List.of())),
                request, pin);
        return new IntakeResult(c.caseNumber, c.kid, c.stage, c.creditorReference, true);
    }

    /**
     * The agency's first letter, which carries the PIN: the collection notice of a new case, or for a case moved
     * from another system (which sent its own notices) a letter with the PIN for Min side.
     */
    private void issueFirstLetter(CaseBalance balance, IntakeRequest request, String pin) {
        CollectionCase c = balance.collectionCase();
        if (request.collectionNoticeSentOn() == null) {
            letters.issue(balance, LetterKind.COLLECTION_NOTICE, c.collectionNoticeSentOn, c.collectionNoticeDeadline,
                    pin);
        } else {
            letters.issue(balance, LetterKind.NEW_PIN, time.today(),
                    DebtorCaseService.nextDeadline(balance.breakdown().nextStep()), pin);
        }
    }

    private Debtor findOrCreateDebtor(IntakeRequest.Debtor input) {
        return debtors.findOrCreate(new DebtorDirectory.NewDebtor(input.kind(), input.nationalId(),
                input.organisationNumber(), input.name(), input.address().street(), input.address().postalCode(),
                input.address().city()));
    }

    /** Dates a case can have: anything else is a typing error, and date arithmetic far outside it overflows. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private void validate(IntakeRequest request) {
        List<FieldError> errors = Validation.fieldErrors(validator, request);
        if (!plausibleDates(request, errors)) {
            // Every other rule does arithmetic on these dates.
            Validation.refuseIfAny(errors);
        }
        validateText(request, errors);
        if (request.debtor() != null && request.debtor().kind() != null) {
            validateDebtorIdentity(request.debtor(), errors);
        }
        if (request.debtor() != null && !isBlank(request.debtor().phone())
                && PhoneNumbers.normalise(request.debtor().phone()).isEmpty()) {
            errors.add(new FieldError("debtor.phone", "must be a Norwegian number (8 digits) or +country code and number"));
        }
        LocalDate today = time.today();
        LocalDate noticeSent = Optional.ofNullable(request.collectionNoticeSentOn()).orElse(today);
        if (noticeSent.isAfter(today)) {
            errors.add(new FieldError("collectionNoticeSentOn", "must not be in the future"));
        }
        if (request.paymentDemandSentOn() != null) {
            LocalDate demand = request.paymentDemandSentOn();
            if (request.collectionNoticeSentOn() == null) {
                errors.add(new FieldError("collectionNoticeSentOn",
                        "is required when paymentDemandSentOn is given"));
            } else if (!demand.isAfter(noticeSent.plusDays(CaseFacts.NOTICE_DAYS))) {
                LocalDate noticeDeadline = noticeSent.plusDays(CaseFacts.NOTICE_DAYS);
                errors.add(new FieldError("paymentDemandSentOn",
                        "must be after the collection notice deadline (" + noticeDeadline + ")"));
            }
            if (demand.isAfter(today)) {
                errors.add(new FieldError("paymentDemandSentOn", "must not be in the future"));
            }
        }
        if (request.claims() != null) {
            validateClaims(request.claims(), noticeSent, today, errors);
        }
        validateRatesCover(request, noticeSent, errors);
        Validation.refuseIfAny(errors);
    }

    private static boolean plausibleDates(IntakeRequest request, List<FieldError> errors) {
        int before = errors.size();
        plausible(request.collectionNoticeSentOn(), "collectionNoticeSentOn", errors);
        plausible(request.paymentDemandSentOn(), "paymentDemandSentOn", errors);
        if (request.claims() != null) {
            for (int i = 0; i < request.claims().size(); i++) {
                IntakeRequest.Claim claim = request.claims().get(i);
                if (claim != null) {
                    plausible(claim.dueDate(), "claims[" + i + "].dueDate", errors);
                }
            }
        }
        return errors.size() == before;
    }

    private static void plausible(LocalDate date, String field, List<FieldError> errors) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            errors.add(new FieldError(field, "must be a date between " + EARLIEST + " and " + LATEST));
        }
    }

    /**
     * What annotations cannot say about the text: an e-mail address that mail can reach, and names, addresses and
     * descriptions on one line, without control characters or direction overrides.
     */
    private static void validateText(IntakeRequest request, List<FieldError> errors) {
        IntakeRequest.Debtor debtor = request.debtor();
        if (debtor != null) {
            if (!isBlank(debtor.email()) && !EmailAddress.isValid(debtor.email().trim())) {
                errors.add(new FieldError("debtor.email", "must be an e-mail address such as kari@example.no"));
            }
            cleanLine(debtor.name(), "debtor.name", errors);
            if (debtor.address() != null) {
                cleanLine(debtor.address().street(), "debtor.address.street", errors);
                cleanLine(debtor.address().city(), "debtor.address.city", errors);
            }
        }
        if (request.claims() != null) {
            for (int i = 0; i < request.claims().size(); i++) {
                IntakeRequest.Claim claim = request.claims().get(i);
                if (claim != null) {
                    cleanLine(claim.invoiceNumber(), "claims[" + i + "].invoiceNumber", errors);
                    cleanLine(claim.description(), "claims[" + i + "].description", errors);
                }
            }
        }
    }

    private static void cleanLine(String value, String field, List<FieldError> errors) {
        if (!Text.isCleanLine(value)) {
            errors.add(new FieldError(field, "must be one line of text, without control characters or "
                    + "direction overrides"));
        }
    }

    private void validateDebtorIdentity(IntakeRequest.Debtor debtor, List<FieldError> errors) {
        NationalId.Rules rules = new NationalId.Rules(config.acceptSyntheticNationalIds(), false);
        if (debtor.kind() == DebtorKind.CONSUMER) {
            if (isBlank(debtor.nationalId())) {
                errors.add(new FieldError("debtor.nationalId", "is required for a consumer debtor"));
            } else if (!NationalId.isValid(debtor.nationalId(), rules)) {
                errors.add(new FieldError("debtor.nationalId",
                        "must be an 11-digit national id or D-number with valid control digits"));
            }
            if (!isBlank(debtor.organisationNumber())) {
                errors.add(new FieldError("debtor.organisationNumber", "must be empty for a consumer debtor"));
            }
        } else {
            if (isBlank(debtor.organisationNumber())) {
                errors.add(new FieldError("debtor.organisationNumber", "is required for a business debtor"));
            } else if (!OrganisationNumber.isValid(debtor.organisationNumber())) {
                errors.add(new FieldError("debtor.organisationNumber",
                        "must be a 9-digit organisation number with a valid control digit"));
            }
            if (!isBlank(debtor.nationalId())) {
                errors.add(new FieldError("debtor.nationalId", "must be empty for a business debtor"));
            }
        }
    }

    private static void validateClaims(List<IntakeRequest.Claim> input, LocalDate noticeSent, LocalDate today,
                                       List<FieldError> errors) {
        Set<String> invoiceNumbers = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            IntakeRequest.Claim claim = input.get(i);
            if (claim == null) {
                continue;
            }
            String prefix = "claims[" + i + "].";
            if (claim.invoiceNumber() != null && !invoiceNumbers.add(claim.invoiceNumber().trim())) {
                errors.add(new FieldError(prefix + "invoiceNumber", "appears more than once in this case"));
            }
            if (claim.dueDate() != null) {
                if (claim.dueDate().isAfter(today)) {
                    errors.add(new FieldError(prefix + "dueDate", "must not be in the future"));
                } else if (claim.dueDate().plusDays(CaseFacts.NOTICE_DAYS).isAfter(noticeSent)) {
                    // inkassoloven § 9: the collection notice may be sent no earlier than 14 days after the due date.
                    errors.add(new FieldError(prefix + "dueDate",
                            "must be at least 14 days before the collection notice (" + noticeSent + ")"));
                }
            }
        }
    }

    /**
     * Fees and interest can only be worked out for dates the rate tables cover: a case from before them would have
     * no answer to what is owed, so it is refused here rather than failing on every read.
     */
    private void validateRatesCover(IntakeRequest request, LocalDate noticeSent, List<FieldError> errors) {
        RateTables tables = rates.current();
        LocalDate firstSats = tables.inkassoRates().get(0).validFrom();
        LocalDate firstInterest = tables.interestRates().get(0).validFrom();
        if (noticeSent.isBefore(firstSats)) {
            errors.add(new FieldError("collectionNoticeSentOn", "must be on or after " + firstSats));
        }
        if (request.claims() == null) {
            return;
        }
        for (int i = 0; i < request.claims().size(); i++) {
            IntakeRequest.Claim claim = request.claims().get(i);
            // Interest runs from the day after the due date.
            if (claim != null && claim.dueDate() != null && claim.dueDate().plusDays(1).isBefore(firstInterest)) {
                errors.add(new FieldError("claims[" + i + "].dueDate", "must be on or after "
                        + firstInterest.minusDays(1) + ", the first day the late-interest rates cover"));
            }
        }
    }

    private static BigDecimal totalPrincipal(IntakeRequest request) {
        return request.claims().stream().map(IntakeRequest.Claim::principal)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static String normalisePhone(String phone) {
        return isBlank(phone) ? null : PhoneNumbers.normalise(phone).orElse(null);
    }

}
