package no.minside.objections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.debtors.CaseContacts;
import no.minside.debtors.DebtorRepository;
import no.minside.cases.CaseCorrections;
import no.minside.cases.CaseEventType;
import no.minside.cases.Claim;
import no.minside.cases.CollectionCase;
import no.minside.cases.DebtorCaseService;
import no.minside.common.FormRule;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.common.Validation;
import no.minside.common.Visitor;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The debtor's side of an objection: the form, sending it (the case pauses at once), the receipt and status, the
 * reply to a question, and the debtor's own files. Ownership is the case's: another debtor's case, objection or
 * file is not found.
 */
@ApplicationScoped
public class ObjectionService {

    /** Support answers within a week (DOMAIN.md). */
    static final int ANSWER_DAYS = 7;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REFERENCE_LETTERS = "ACDEFGHJKLMNPQRTUVWXY34679";

    private final DebtorCaseService cases;
    private final CaseCorrections corrections;
    private final ObjectionRepository objections;
    private final Validator validator;
    private final TimeSource time;
    private final AuditLog audit;
    private final CaseContacts contacts;
    private final DebtorRepository debtors;

    ObjectionService(DebtorCaseService cases, CaseCorrections corrections, ObjectionRepository objections,
                     Validator validator, TimeSource time, AuditLog audit, CaseContacts contacts,
                     DebtorRepository debtors) {
        this.cases = cases;
        this.corrections = corrections;
        this.objections = objections;
        this.validator = validator;
        this.time = time;
        this.audit = audit;
        this.contacts = contacts;
        this.debtors = debtors;
    }

    @Transactional
    public ObjectionViews.DebtorPage page(Visitor visitor, String caseNumber) {
        CollectionCase c = cases.owned(visitor, caseNumber);
        List<Objection> all = objections.findByCase(c.id);
        List<Claim> claims = corrections.claimsOf(c.id);
        ObjectionViews.ObjectionView current = all.isEmpty() ? null : view(all.get(0), claims);
        List<ObjectionViews.ObjectionView> earlier = all.stream().skip(1).map(o -> view(o, claims)).toList();
        boolean mailed = current != null && current.status().isOpen() && mailsTheAnswer(c);
        return new ObjectionViews.DebtorPage(c.caseNumber, cases.creditorName(c), current, choices(claims),
                earlier, mailed);
    }

    /** Whether the answer will also come by e-mail: an address is given for the case's notices, and wanted. */
    private boolean mailsTheAnswer(CollectionCase c) {
        CaseContacts.Contact contact = contacts.effective(c.id, debtors.findById(c.debtorId));
        return contact.email() != null && !contact.email().isBlank() && contact.notifyByEmail();
    }

    /**
     * Sends the objection: the case pauses from today, the answer is due in 7 days. While one is open a second is
     * not made: both answer with the open one. The form's token (submission.FormSubmissions) is kept on the row, a
     * unique column, so the same form page can never make two.
     *
     * @return the reference of the objection the receipt shows
     * @throws no.minside.common.InvalidFormException with everything wrong; nothing is stored then
     */
    @Transactional
    public String submit(Visitor visitor, String caseNumber, ObjectionForm form) {
        CollectionCase c = cases.owned(visitor, caseNumber);
        // Two forms at once (two tabs): the case lock puts them one after the other, and the second finds the first.
        corrections.lock(c.id);
        Optional<Objection> open = objections.findOpen(c.id);
        if (open.isPresent()) {
            return open.get().reference;
        }
        List<Claim> claims = corrections.claimsOf(c.id);
        Validation.check(validator, form, rules(claims));
        LocalDate today = time.today();
        Objection o = new Objection();
        o.caseId = c.id;
        o.reference = newReference();
        o.reason = ObjectionReason.valueOf(form.reason());
        o.text = form.textOrEmpty().strip();
        List<Long> chosen = chosenClaims(form, claims);
        o.wholeCase = chosen.isEmpty();
        o.status = ObjectionStatus.OPEN;
        o.submittedAt = time.now();
        o.pausedOn = today;
        o.answerDueOn = today.plusDays(ANSWER_DAYS);
        o.submissionToken = isToken(form.submission()) ? form.submission() : newToken();
        objections.persist(o);
        chosen.forEach(claimId -> objections.addClaim(o.id, claimId));
        storeFiles(o.id, null, form.attachments());
        corrections.record(c.id, CaseEventType.OBJECTION_OPENED, today, o.reference);
        audit.record(AuditLog.Actor.DEBTOR, visitor.debtorId(), "OBJECTION_CREATED", "case:" + c.caseNumber,
                o.reference + " " + o.reason);
        return o.reference;
    }

    /** The debtor answers support's question: the objection is open again, the week starts over. */
    @Transactional
    public void reply(Visitor visitor, String caseNumber, ReplyForm form) {
        CollectionCase c = cases.owned(visitor, caseNumber);
        Objection o = objections.findOpen(c.id).filter(x -> x.status == ObjectionStatus.INFO_REQUESTED)
                .orElseThrow(() -> new NotFoundException("Objection"));
        Validation.check(validator, form, (f, found) -> ObjectionFiles.check(f.attachments(), found));
        ObjectionMessage message = new ObjectionMessage();
        message.objectionId = o.id;
        message.kind = ObjectionMessage.Kind.REPLY;
        message.text = form.text().strip();
        message.at = time.now();
        objections.persistMessage(message);
        storeFiles(o.id, message.id, form.attachments());
        o.status = ObjectionStatus.OPEN;
        o.answerDueOn = time.today().plusDays(ANSWER_DAYS);
        audit.record(AuditLog.Actor.DEBTOR, visitor.debtorId(), "OBJECTION_REPLIED", "case:" + c.caseNumber,
                o.reference);
    }

    /** One of the debtor's own files on the case. */
    @Transactional
    public ObjectionViews.Download download(Visitor visitor, String caseNumber, String publicId) {
        CollectionCase c = cases.owned(visitor, caseNumber);
        UUID id = parse(publicId);
        for (Objection o : objections.findByCase(c.id)) {
            Optional<ObjectionAttachment> file = objections.file(o.id, id);
            if (file.isPresent()) {
                return new ObjectionViews.Download(file.get().fileName, file.get().contentType, file.get().content);
            }
        }
        throw new NotFoundException("Attachment");
    }

    /** The objection as both pages show it. */
    ObjectionViews.ObjectionView view(Objection o, List<Claim> claims) {
        Map<Long, Claim> byId = claims.stream().collect(Collectors.toMap(k -> k.id, Function.identity()));
        List<ObjectionRepository.FileInfo> files = objections.files(o.id);
        List<ObjectionViews.MessageView> messages = objections.messages(o.id).stream()
                .map(m -> new ObjectionViews.MessageView(m.kind, m.text, m.at, filesOf(files, m.id))).toList();
        List<ObjectionViews.ClaimChoice> about = objections.claimIds(o.id).stream().map(byId::get)
                .filter(java.util.Objects::nonNull).map(ObjectionService::choice).toList();
        return new ObjectionViews.ObjectionView(o.id, o.reference, o.status, o.reason, o.text, o.wholeCase, about,
                o.pausedOn, o.answerDueOn, o.decidedOn, o.decisionReason, messages, filesOf(files, null), o.version);
    }

    static UUID parse(String publicId) {
        try {
            return UUID.fromString(publicId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Attachment");
        }
    }

    void storeFiles(long objectionId, Long messageId, List<FileUpload> files) {
        for (FileUpload upload : files) {
            byte[] content = ObjectionFiles.read(upload);
            String type = FileTypes.detect(content).orElseThrow();
            ObjectionAttachment file = new ObjectionAttachment();
            file.publicId = UUID.randomUUID();
            file.objectionId = objectionId;
            file.messageId = messageId;
            file.fileName = FileTypes.safeName(upload.fileName(), type);
            file.contentType = type;
            file.sizeBytes = content.length;
            file.content = content;
            file.createdAt = time.now();
            objections.persistFile(file);
        }
    }

    private static List<ObjectionViews.FileView> filesOf(List<ObjectionRepository.FileInfo> files, Long messageId) {
        return files.stream().filter(f -> java.util.Objects.equals(f.messageId(), messageId))
                .map(f -> new ObjectionViews.FileView(f.publicId(), f.fileName(), f.contentType(), f.sizeBytes()))
                .toList();
    }

    private static List<ObjectionViews.ClaimChoice> choices(List<Claim> claims) {
        return claims.stream().map(ObjectionService::choice).toList();
    }

    static ObjectionViews.ClaimChoice choice(Claim k) {
        return new ObjectionViews.ClaimChoice(k.id, k.invoiceNumber, k.description, k.principal, k.cancelledOn != null);
    }

    /** What annotations cannot say about the form. */
    private static FormRule<ObjectionForm> rules(List<Claim> claims) {
        Set<String> ids = claims.stream().filter(k -> k.cancelledOn == null).map(k -> k.id.toString())
                .collect(Collectors.toSet());
        return (form, found) -> {
            if (!found.has("reason") && !isReason(form.reason())) {
                found.add("reason", "reason_required");
            }
            if (!found.has("text") && "OTHER".equals(form.reason()) && form.textOrEmpty().isBlank()) {
                found.add("text", "text_required_for_other");
            }
            if (!found.has("text") && !no.minside.common.Text.isCleanLine(form.textOrEmpty().replaceAll("[\\r\\n\\t]", " "))) {
                found.add("text", "text_invisible_characters");
            }
            for (String claim : form.claims()) {
                if (!claim.equals("whole") && !ids.contains(claim)) {
                    found.add("claims", "claims_unknown");
                    break;
                }
            }
            ObjectionFiles.check(form.attachments(), found);
        };
    }

    private static List<Long> chosenClaims(ObjectionForm form, List<Claim> claims) {
        if (form.claims().contains("whole")) {
            return List.of();
        }
        List<Long> chosen = new ArrayList<>();
        for (Claim k : claims) {
            if (form.claims().contains(k.id.toString()) && k.cancelledOn == null) {
                chosen.add(k.id);
            }
        }
        // Every open claim ticked is the whole case.
        return chosen.size() == claims.stream().filter(k -> k.cancelledOn == null).count() ? List.of() : chosen;
    }

    private static boolean isReason(String value) {
        for (ObjectionReason reason : ObjectionReason.values()) {
            if (reason.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{20,64}");
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String newReference() {
        StringBuilder reference = new StringBuilder("INN-");
        for (int i = 0; i < 6; i++) {
            reference.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
        }
        return reference.toString();
    }
}
