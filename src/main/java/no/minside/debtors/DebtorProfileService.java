package no.minside.debtors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.common.NationalId;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.common.Validation;
import no.minside.common.Visitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static no.minside.common.Text.blankToNull;

/**
 * Reads and changes contact details and preferences; every change is audited by field name. Which details depends on
 * how the visitor logged in: a login that proved identity changes the person's own details, which all their cases use;
 * a PIN login, which proves only that someone holds one letter, reads and changes only the details for that case's
 * notices, never anything another creditor's case relies on.
 */
@ApplicationScoped
public class DebtorProfileService {

    private final DebtorRepository debtors;
    private final AuditLog audit;
    private final TimeSource time;
    private final Validator validator;
    private final CaseContacts contacts;

    DebtorProfileService(DebtorRepository debtors, AuditLog audit, TimeSource time, Validator validator,
                         CaseContacts contacts) {
        this.contacts = contacts;
        this.debtors = debtors;
        this.audit = audit;
        this.time = time;
        this.validator = validator;
    }

    /**
     * The profile as stored. The national id in full only to a debtor who proved who they are; a login with the
     * letter's PIN proves only that someone holds the letter, so it sees the masked form (DDMMYY*****).
     */
    @Transactional
    public ProfileView view(Visitor visitor) {
        Debtor d = find(visitor);
        if (visitor.isPinLogin()) {
            // Only the case's own details: the person's e-mail and phone are not for the holder of one letter.
            ProfileForm form = contacts.of(visitor.caseId())
                    .map(c -> new ProfileForm(c.email, c.phone, c.notifyByEmail, c.notifyBySms, c.language))
                    .orElseGet(() -> new ProfileForm(null, null, false, false, d.language));
            return new ProfileView(d.name, d.kind, d.nationalId == null ? null : NationalId.mask(d.nationalId),
                    d.organisationNumber, form, true);
        }
        ProfileForm form = new ProfileForm(d.email, d.phone, d.notifyByEmail, d.notifyBySms, d.language);
        return new ProfileView(d.name, d.kind, d.nationalId, d.organisationNumber, form, false);
    }

    /**
     * Saves the form.
     *
     * @throws no.minside.common.InvalidFormException with every problem; nothing is saved then
     */
    @Transactional
    public void update(Visitor visitor, ProfileForm form) {
        Validation.check(validator, form, ProfileForm.RULES);
        Debtor d = find(visitor);
        String email = blankToNull(form.email());
        String phone = blankToNull(form.phone()) == null ? null : PhoneNumbers.normalise(form.phone()).orElseThrow();
        if (visitor.isPinLogin()) {
            updateCaseContact(visitor, d, email, phone, form);
            return;
        }
        List<String> changed = changes(d.email, email, d.phone, phone, d.notifyByEmail, d.notifyBySms, d.language,
                form);
        d.email = email;
        d.phone = phone;
        d.notifyByEmail = form.notifyByEmail();
        d.notifyBySms = form.notifyBySms();
        d.language = form.language();
        if (!changed.isEmpty()) {
            d.updatedAt = time.now();
            audit.record(AuditLog.Actor.DEBTOR, d.id, "PROFILE_UPDATED", "debtor:" + d.id, String.join(",", changed));
        }
    }

    private void updateCaseContact(Visitor visitor, Debtor d, String email, String phone, ProfileForm form) {
        CaseContact contact = contacts.lockedOrNew(visitor.caseId());
        List<String> changed = changes(contact.email, email, contact.phone, phone, contact.notifyByEmail,
                contact.notifyBySms, contact.language, form);
        contact.email = email;
        contact.phone = phone;
        contact.notifyByEmail = form.notifyByEmail();
        contact.notifyBySms = form.notifyBySms();
        contact.language = form.language();
        contact.updatedAt = time.now();
        if (!changed.isEmpty()) {
            audit.record(AuditLog.Actor.DEBTOR, d.id, "CASE_CONTACT_UPDATED", "case-id:" + visitor.caseId(),
                    String.join(",", changed));
        }
    }

    private static List<String> changes(String oldEmail, String email, String oldPhone, String phone,
                                        boolean oldByEmail, boolean oldBySms, String oldLanguage, ProfileForm form) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(oldEmail, email)) {
            changed.add("email");
        }
        if (!Objects.equals(oldPhone, phone)) {
            changed.add("phone");
        }
        if (oldByEmail != form.notifyByEmail() || oldBySms != form.notifyBySms()) {
            changed.add("notifications");
        }
        if (!Objects.equals(oldLanguage, form.language())) {
            changed.add("language");
        }
        return changed;
    }

    private Debtor find(Visitor visitor) {
        Debtor d = visitor.isDebtor() ? debtors.findById(visitor.debtorId()) : null;
        if (d == null) {
            throw new NotFoundException("Debtor");
        }
        return d;
    }
}
