package no.minside.web;

import io.smallrye.config.ConfigMapping;

/** Who the agency is and where debtors pay, as shown on the pages. */
@ConfigMapping(prefix = "minside.agency")
public interface AgencyConfig {

    /** The agency's name. */
    String name();

    /** The client account debtors pay to, with the case's KID. */
    String accountNumber();
}
