package no.minside.common;

import io.smallrye.config.ConfigMapping;

/** Where debtors pay and where they find Min side, as the pages and letters show it. */
@ConfigMapping(prefix = "minside.agency")
public interface AgencyConfig {

    /** The client account debtors pay to, with the case's KID. */
    String accountNumber();

    /** The agency's customer service phone, as printed ("22 00 00 00"); pages link it as tel:. */
    String phone();

    /** The customer service e-mail address. */
    String email();

    /** The public address of Min side (no trailing slash), for letters and mails: never taken from a request. */
    String portalUrl();
}
