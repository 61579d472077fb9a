package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import no.minside.common.AgencyConfig;
import no.minside.debtors.Debtor;
import no.minside.fees.Breakdown;
import no.minside.letters.LetterKind;
import no.minside.letters.LetterService;

import java.time.LocalDate;

/** Writes a case's letters from its balance on the letter's date; the letters package stores and prints them. */
@ApplicationScoped
public class CaseLetters {

    private final LetterService letters;
    private final AgencyConfig agency;

    CaseLetters(LetterService letters, AgencyConfig agency) {
        this.letters = letters;
        this.agency = agency;
    }

    /**
     * Issues a letter of the kind, with the amounts as they stand at the end of {@code on} and the given deadline
     * (null when the letter sets none). {@code pin} is null for a letter without one. Joins the caller's transaction.
     */
    public void issue(CaseBalance balance, LetterKind kind, LocalDate on, LocalDate deadline, String pin) {
        CollectionCase c = balance.collectionCase();
        CaseRecords records = balance.records();
        Debtor debtor = records.debtor();
        Breakdown amounts = balance.breakdownOn(on);
        CaseLetter content = new CaseLetter(c.caseNumber, c.kid, agency.accountNumber(), agency.portalUrl(),
                records.creditor().name, debtor.name, debtor.street, debtor.postalCode, debtor.city, debtor.language,
                on, deadline,
                amounts.claims().stream().filter(k -> !k.cancelled())
                        .map(k -> new CaseLetter.Claim(k.invoiceNumber(), k.description(), k.dueDate(), k.principal()))
                        .toList(),
                amounts.principalOutstanding(), amounts.interestOutstanding(), amounts.feesOutstanding(),
                amounts.paidTotal(), amounts.totalDue());
        letters.issue(c.id, c.caseNumber, kind, content, pin);
    }
}
