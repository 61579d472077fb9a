package no.minside.common;

import io.smallrye.config.ConfigMapping;

/** Where debtors pay, as shown on the pages. */
@ConfigMapping(prefix = "minside.agency")
public interface AgencyConfig {

    /** The client account debtors pay to, with the case's KID. */
    String accountNumber();
}
