package no.minside.cases.payments;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment reported by a creditor or the bank; {@code paymentId} makes registering it idempotent. */
public record PaymentRequest(
        @NotBlank @Size(max = 64) String paymentId,
        @NotNull @DecimalMin(value = "0.01", message = "must be more than 0")
        @DecimalMax(value = "9999999999.99", message = "must be at most 9999999999.99")
            @Digits(integer = 20, fraction = 2, message = "must be an amount in NOK with at most two decimals")
        BigDecimal amount,
        @NotNull LocalDate paidOn,
        @NotBlank @Pattern(regexp = "[0-9]{2,25}", message = "must be the case's KID (digits only)") String kid) {
}
