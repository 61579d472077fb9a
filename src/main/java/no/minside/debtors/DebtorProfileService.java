package no.minside.debtors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.common.NationalId;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.web.FormError;
import no.minside.web.Localized;
import no.minside.web.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import static no.minside.common.Text.blankToNull;

/** Reads and changes a debtor's contact details and preferences; every change is audited by field name. */
@ApplicationScoped
public class DebtorProfileService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]{2,}");

    private final DebtorRepository debtors;
    private final AuditLog audit;
    private final TimeSource time;

    DebtorProfileService(DebtorRepository debtors, AuditLog audit, TimeSource time) {
        this.debtors = debtors;
        this.audit = audit;
        this.time = time;
    }

    @Transactional
    public ProfileView view(long debtorId, boolean fullIdentity, boolean saved) {
        Debtor d = find(debtorId);
        ProfileForm form = new ProfileForm(d.email, d.phone, d.notifyByEmail, d.notifyBySms, d.language);
        return toView(d, form, List.of(), fullIdentity, saved);
    }

    /** The language the debtor chose on their profile, to greet them in it when they log in. */
    @Transactional
    public String language(long debtorId) {
        return find(debtorId).language;
    }

    /** Saves the form, or returns the page with every error and what was typed. */
    @Transactional
    public Optional<ProfileView> update(long debtorId, boolean fullIdentity, ProfileForm form, String lang) {
        Debtor d = find(debtorId);
        Messages msg = Localized.messages(lang);
        List<FormError> errors = new ArrayList<>();
        String email = blankToNull(form.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new FormError("email", msg.profile_email_invalid()));
        }
        String phone = null;
        if (blankToNull(form.phone()) != null) {
            phone = PhoneNumbers.normalise(form.phone()).orElse(null);
            if (phone == null) {
                errors.add(new FormError("phone", msg.profile_phone_invalid()));
            }
        }
        if (form.notifyByEmail() && email == null && errors.stream().noneMatch(e -> e.field().equals("email"))) {
            errors.add(new FormError("email", msg.profile_email_required_for_notify()));
        }
        if (form.notifyBySms() && blankToNull(form.phone()) == null) {
            errors.add(new FormError("phone", msg.profile_phone_required_for_notify()));
        }
        if (!"nb".equals(form.language()) && !"en".equals(form.language())) {
            errors.add(new FormError("language-nb", msg.profile_language_invalid()));
        }
        if (!errors.isEmpty()) {
            return Optional.of(toView(d, form, errors, fullIdentity, false));
        }
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
        return Optional.empty();
    }

    private Debtor find(long debtorId) {
        Debtor d = debtors.findById(debtorId);
        if (d == null) {
            throw new NotFoundException("Debtor");
        }
        return d;
    }

    /**
     * The national id in full only to a debtor who proved who they are; a login with the letter's PIN proves only
     * that someone holds the letter, so it sees the masked form (DDMMYY*****).
     */
    private static ProfileView toView(Debtor d, ProfileForm form, List<FormError> errors, boolean fullIdentity,
                                      boolean saved) {
        String nationalId = d.nationalId == null || fullIdentity ? d.nationalId : NationalId.mask(d.nationalId);
        return new ProfileView(d.name, d.kind, nationalId, d.organisationNumber, form, errors, saved);
    }

}
