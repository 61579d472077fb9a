package no.minside.web;

import no.minside.common.Visitor;

import java.util.regex.Pattern;

/**
 * What every page's layout needs besides its own content: the language and the switch to the other one, who is
 * logged in, and how long until the session would time out (for the WCAG 2.2.1 warning). Every checked template
 * takes it as its first parameter, {@code page}.
 *
 * @param visitor             null for an anonymous visitor, and on error pages rendered outside a session
 * @param idleRemainingMillis time left before the idle timeout, measured on the server so device clocks don't matter
 * @param hasErrors           the page shows a form with errors: its title starts with "Feil: " (WCAG 3.3.1)
 */
public record PageContext(String lang, String otherLang, String switchUrl, Visitor visitor, long idleRemainingMillis,
                          boolean hasErrors, String agencyPhone, String agencyEmail) {

    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    /**
     * The agency's phone for a tel: link: digits only, with the country code. Every page's footer asks, so the
     * pattern is compiled once (String.replaceAll compiled it on each call: 8 % of the layout's rendering).
     */
    public String agencyPhoneTel() {
        return "+47" + NOT_DIGIT.matcher(agencyPhone).replaceAll("");
    }

    public boolean debtor() {
        return visitor != null && visitor.isDebtor();
    }

    public boolean staff() {
        return visitor != null && visitor.isStaff();
    }

    public boolean loggedIn() {
        return visitor != null;
    }

    public String staffName() {
        return staff() ? visitor.name() : null;
    }

    public long warnBeforeMillis() {
        return visitor == null ? 0 : visitor.warnBefore().toMillis();
    }

    public long idleMinutes() {
        return visitor == null ? 0 : visitor.idleTimeout().toMinutes();
    }

    /** Where a timed-out session starts again: the staff or the debtor login. */
    public String loginPath() {
        return staff() ? "/staff/login" : "/login";
    }
}
