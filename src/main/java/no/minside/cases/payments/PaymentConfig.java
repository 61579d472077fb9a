package no.minside.cases.payments;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** When a payment is too far above what is owed to be booked without a person looking at it. */
@ConfigMapping(prefix = "minside.payments")
public interface PaymentConfig {

    /**
     * A payment that would leave more than this many kroner overpaid is held for staff review. Small overpayments
     * (a rounded-up amount, a fee paid twice) are booked and repaid as usual.
     */
    @WithDefault("1000.00")
    BigDecimal reviewOverpaymentAbove();
}
