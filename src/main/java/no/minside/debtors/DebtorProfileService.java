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

/** Reads and changes a debtor's contact details and preferences; every change is audited by field name. */
@ApplicationScoped
public class DebtorProfileService {

    private final DebtorRepository debtors;
    private final AuditLog audit;
    private final TimeSource time;
    private final Validator validator;

    DebtorProfileService(DebtorRepository debtors, AuditLog audit, TimeSource time, Validator validator) {
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
        String nationalId = d.nationalId == null || !visitor.isPinLogin() ? d.nationalId : NationalId.mask(d.nationalId);
        ProfileForm form = new ProfileForm(d.email, d.phone, d.notifyByEmail, d.notifyBySms, d.language);
        return new ProfileView(d.name, d.kind, nationalId, d.organisationNumber, form);
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
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(d.email, email)) {
            changed.add("email");
        }
        if (!Objects.equals(d.phone, phone)) {
            changed.add("phone");
        }
        if (d.notifyByEmail != form.notifyByEmail() || d.notifyBySms != form.notifyBySms()) {
            changed.add("notifications");
        }
        if (!Objects.equals(d.language, form.language())) {
            changed.add("language");
        }
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

    private Debtor find(Visitor visitor) {
        Debtor d = visitor.isDebtor() ? debtors.findById(visitor.debtorId()) : null;
        if (d == null) {
            throw new NotFoundException("Debtor");
        }
        return d;
    }
}
