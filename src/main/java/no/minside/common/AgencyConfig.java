package no.minside.common;

import io.smallrye.config.ConfigMapping;

/** Where debtors pay and where they find Min side, as the pages and letters show it. */
@ConfigMapping(prefix = "minside.agency")
public interface AgencyConfig {

    /** The client account debtors pay to, with the case's KID. */
    String accountNumber();

    /** The public address of Min side (no trailing slash), for letters and mails: never taken from a request. */
    String portalUrl();
}
