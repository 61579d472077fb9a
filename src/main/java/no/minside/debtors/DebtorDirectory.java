package no.minside.debtors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.TimeSource;
import no.minside.fees.DebtorKind;

import java.util.Optional;

import static no.minside.common.Text.blankToNull;

/**
 * One debtor record per person or business, shared by all their cases at every creditor: intake finds it by
 * national id or organisation number, or creates it.
 */
@ApplicationScoped
public class DebtorDirectory {

    private final DebtorRepository debtors;
    private final TimeSource time;

    DebtorDirectory(DebtorRepository debtors, TimeSource time) {
        this.debtors = debtors;
        this.time = time;
    }

    /** A debtor as a creditor's intake names them; the fields are already validated. */
    public record NewDebtor(DebtorKind kind, String nationalId, String organisationNumber, String name,
                            String street, String postalCode, String city, String email, String phone) {
    }

    /**
     * The debtor with this identity, or a new one. Contact details the debtor set on Min side win over the
     * creditor's copy: a known debtor only gets what is missing. Joins the caller's transaction.
     */
    @Transactional
    public Debtor findOrCreate(NewDebtor input) {
        Optional<Debtor> known = input.kind() == DebtorKind.CONSUMER
                ? debtors.findByNationalId(input.nationalId())
                : debtors.findByOrganisationNumber(input.organisationNumber());
        if (known.isPresent()) {
            Debtor debtor = known.get();
            if (debtor.email == null) {
                debtor.email = blankToNull(input.email());
            }
            if (debtor.phone == null) {
                debtor.phone = input.phone();
            }
            return debtor;
        }
        Debtor debtor = new Debtor();
        debtor.kind = input.kind();
        debtor.nationalId = input.kind() == DebtorKind.CONSUMER ? input.nationalId() : null;
        debtor.organisationNumber = input.kind() == DebtorKind.BUSINESS ? input.organisationNumber() : null;
        debtor.name = input.name().trim();
        debtor.street = input.street().trim();
        debtor.postalCode = input.postalCode();
        debtor.city = input.city().trim();
        debtor.email = blankToNull(input.email());
        debtor.phone = input.phone();
        debtor.updatedAt = time.now();
        debtors.persist(debtor);
        return debtor;
    }
}
