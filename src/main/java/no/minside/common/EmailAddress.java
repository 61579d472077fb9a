package no.minside.common;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text is an e-mail address that mail can be sent to: a dot-atom local part (RFC 5322, ASCII), an @, and
 * a domain of at least two labels (RFC 1035; international domains such as blåbær.no through IDNA) with a top-level
 * domain of letters. Quoted local parts, comments and IP literals are valid in the RFC but not in a form: refused.
 */
public final class EmailAddress {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.length() > MAX_LENGTH) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at != address.indexOf('@') || at == address.length() - 1) {
            return false;
        }
        String local = address.substring(0, at);
        if (local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches()) {
            return false;
        }
        String domain;
        try {
            domain = IDN.toASCII(address.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }
}
