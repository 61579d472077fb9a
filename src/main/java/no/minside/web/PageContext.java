package no.minside.web;

/**
 * What every page's layout needs besides its own content: the language and the switch to the other one, who is
 * logged in, and when the session would time out (for the WCAG 2.2.1 warning).
 */
public record PageContext(String lang, String otherLang, String switchUrl, boolean debtor, boolean staff,
                          String staffName, long idleDeadlineEpochMillis, long warnBeforeMillis) {

    public boolean loggedIn() {
        return debtor || staff;
    }
}
