package no.minside.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.minside.fees.DebtorKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A creditor's new case: the debtor, the claims and the creditor's own reference (the idempotency key). The notice
 * dates are given only for cases moved from another system; otherwise the collection notice is sent on intake.
 */
public record IntakeRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{Alnum}._/:#-]+", message = "may contain letters, digits and . _ / : # - only")
        String creditorReference,
        @NotNull @Valid Debtor debtor,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Claim> claims,
        LocalDate collectionNoticeSentOn,
        LocalDate paymentDemandSentOn) {

    public record Debtor(
            @NotNull DebtorKind kind,
            String nationalId,
            String organisationNumber,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Valid Address address,
            @Size(max = 254) String email,
            @Size(max = 20) @Pattern(regexp = "\\+?[0-9 ]{8,19}", message = "must be a phone number such as +4791234567")
            String phone) {
    }

    public record Address(
            @NotBlank @Size(max = 200) String street,
            @NotBlank @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit Norwegian postal code") String postalCode,
            @NotBlank @Size(max = 100) String city) {
    }

    public record Claim(
            @NotBlank @Size(max = 64) String invoiceNumber,
            @NotBlank @Size(max = 500) String description,
            @NotNull @DecimalMin(value = "0.01", message = "must be more than 0")
            @DecimalMax(value = "9999999999.99", message = "must be at most 9999999999.99")
            @Digits(integer = 20, fraction = 2, message = "must be an amount in NOK with at most two decimals")
            BigDecimal principal,
            @NotNull LocalDate dueDate,
            @DecimalMin(value = "0.00", message = "must not be negative")
            @DecimalMax(value = "9999999999.99", message = "must be at most 9999999999.99")
            @Digits(integer = 20, fraction = 2, message = "must be an amount in NOK with at most two decimals")
            BigDecimal reminderFee) {
    }
}
