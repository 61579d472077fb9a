package no.minside.cases.payments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import no.minside.cases.CaseStage;

import no.minside.cases.Payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A registered payment (BOOKED, or HELD for staff review) and the case's status after it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentResult(String paymentId, BigDecimal amount, LocalDate paidOn, Instant registeredAt,
                            Payment.Status status,
                            String caseNumber, CaseStage caseStatus, BigDecimal totalDue,
                            @JsonIgnore boolean created) {
}
