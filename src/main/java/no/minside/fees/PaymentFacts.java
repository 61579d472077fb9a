package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A payment received on the case (matched by KID), on the day it was paid. */
public record PaymentFacts(long id, BigDecimal amount, LocalDate paidOn) {

    public PaymentFacts {
        amount = Money.positive(amount, "payment " + id);
        Objects.requireNonNull(paidOn, "paidOn");
    }
}
