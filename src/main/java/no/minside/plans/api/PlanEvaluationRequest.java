package no.minside.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A proposal for the plan-evaluation API: the case by its number, a monthly amount or a number of months from a
 * first due date, and optionally the debtor's monthly budget. Money is a string with two decimals ({@code "1500.00"}).
 */
public record PlanEvaluationRequest(
        @NotBlank @Pattern(regexp = "[0-9]{8,12}", message = "must be a case number (8 to 12 digits)")
        String caseNumber,
        @NotNull @Valid Proposal proposal,
        @Valid Budget budget) {

    /** Give exactly one of {@code monthlyAmount} and {@code months}. */
    public record Proposal(
            @DecimalMin(value = "0.01", message = "must be more than 0")
            @DecimalMax(value = "1000000000.00", message = "must be at most 1000000000.00")
            @Digits(integer = 10, fraction = 2, message = "must be an amount in NOK with at most two decimals")
            BigDecimal monthlyAmount,
            @Min(value = 1, message = "must be 1 to 120") @Max(value = 120, message = "must be 1 to 120")
            Integer months,
            @NotNull LocalDate firstDueDate) {
    }

    /** NOK a month; {@code adults} defaults to 1 and the children to 0. */
    public record Budget(
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
            @DecimalMax(value = "1000000000.00", message = "must be at most 1000000000.00")
            @Digits(integer = 10, fraction = 2, message = "must be an amount in NOK with at most two decimals")
            BigDecimal netIncome,
            @DecimalMin(value = "0.00", message = "must not be negative")
            @DecimalMax(value = "1000000000.00", message = "must be at most 1000000000.00")
            @Digits(integer = 10, fraction = 2, message = "must be an amount in NOK with at most two decimals")
            BigDecimal housing,
            @Min(value = 1, message = "must be 1 to 10") @Max(value = 10, message = "must be 1 to 10") Integer adults,
            @Min(value = 0, message = "must be 0 to 20") @Max(value = 20, message = "must be 0 to 20")
            Integer children0to5,
            @Min(value = 0, message = "must be 0 to 20") @Max(value = 20, message = "must be 0 to 20")
            Integer children6to10,
            @Min(value = 0, message = "must be 0 to 20") @Max(value = 20, message = "must be 0 to 20")
            Integer children11to14,
            @Min(value = 0, message = "must be 0 to 20") @Max(value = 20, message = "must be 0 to 20")
            Integer children15plus,
            @DecimalMin(value = "0.00", message = "must not be negative")
            @DecimalMax(value = "1000000000.00", message = "must be at most 1000000000.00")
            @Digits(integer = 10, fraction = 2, message = "must be an amount in NOK with at most two decimals")
            BigDecimal otherDebts) {
    }
}
