package no.minside.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a letter about a case says, for the print service to lay out: who it is to and from, the claims, the
 * amounts on the letter's date, the deadline, where to pay and where to log in. The PIN travels beside it.
 */
public record CaseLetter(String caseNumber, String kid, String accountNumber, String portalUrl, String creditor,
                         String debtorName, String street, String postalCode, String city, String language,
                         LocalDate date, LocalDate deadline, List<Claim> claims, BigDecimal principal,
                         BigDecimal interest, BigDecimal fees, BigDecimal paid, BigDecimal totalDue) {

    /** One claim as the letter lists it. */
    public record Claim(String invoiceNumber, String description, LocalDate dueDate, BigDecimal principal) {
    }
}
