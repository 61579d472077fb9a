package no.minside.web;

/**
 * What every page's layout needs besides its own content: the language and the switch to the other one, who is
 * logged in, and how long until the session would time out (for the WCAG 2.2.1 warning).
 *
 * @param idleRemainingMillis time left before the idle timeout, measured on the server so device clocks don't matter
 * @param loginPath           where a timed-out session starts again (debtor or staff login)
 */
public record PageContext(String lang, String otherLang, String switchUrl, boolean debtor, boolean staff,
                          String staffName, long idleRemainingMillis, long warnBeforeMillis, long idleMinutes,
                          String loginPath) {

    public boolean loggedIn() {
        return debtor || staff;
    }
}
