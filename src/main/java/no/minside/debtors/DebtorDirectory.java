package no.minside.debtors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.TimeSource;
import no.minside.fees.DebtorKind;

import java.util.Optional;

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

    @Transactional
    public Debtor find(long id) {
        Debtor d = debtors.findById(id);
        if (d == null) {
            throw new no.minside.common.NotFoundException("Debtor");
        }
        return d;
    }

    /**
     * The person behind a national id that an identity provider vouched for (BankID), with the language they chose;
     * empty when no creditor has sent us a case on them.
     */
    @Transactional
    public Optional<Person> person(String nationalId) {
        return debtors.findByNationalId(nationalId).map(d -> new Person(d.id, d.language));
    }

    /** A debtor as a login needs it: who, and the language saved on their profile. */
    public record Person(long debtorId, String language) {
    }

    /** A debtor as a creditor's intake names them; the fields are already validated. */
    public record NewDebtor(DebtorKind kind, String nationalId, String organisationNumber, String name,
                            String street, String postalCode, String city) {
    }

    /**
     * The debtor with this identity, or a new one. The e-mail and phone a creditor sends belong to its own case
     * (CaseContacts), never to the person: otherwise one creditor could set where another creditor's notices go.
     * Joins the caller's transaction.
     */
    @Transactional
    public Debtor findOrCreate(NewDebtor input) {
        Optional<Debtor> known = input.kind() == DebtorKind.CONSUMER
                ? debtors.findByNationalId(input.nationalId())
                : debtors.findByOrganisationNumber(input.organisationNumber());
        if (known.isPresent()) {
            return known.get();
        }
        Debtor debtor = new Debtor();
        debtor.kind = input.kind();
        debtor.nationalId = input.kind() == DebtorKind.CONSUMER ? input.nationalId() : null;
        debtor.organisationNumber = input.kind() == DebtorKind.BUSINESS ? input.organisationNumber() : null;
        debtor.name = input.name().trim();
        debtor.street = input.street().trim();
        debtor.postalCode = input.postalCode();
        debtor.city = input.city().trim();
        debtor.updatedAt = time.now();
        debtors.persist(debtor);
        return debtor;
    }
}
