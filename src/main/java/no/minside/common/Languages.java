package no.minside.common;

import jakarta.ws.rs.core.NewCookie;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The one place that knows the languages of the pages: bokmål (the default) and English, how a browser's
 * Accept-Language picks one, and the cookie that remembers a choice. {@code quarkus.locales} lists the same two
 * for the message bundles; a test checks that they agree.
 */
public final class Languages {

    public static final String BOKMAL = "nb";
    public static final String ENGLISH = "en";
    /** The supported languages, the default first. */
    public static final List<String> SUPPORTED = List.of(BOKMAL, ENGLISH);
    public static final String COOKIE = "lang";

    private Languages() {
    }

    public static boolean isSupported(String lang) {
        return lang != null && SUPPORTED.contains(lang);
    }

    /** The language the switch in the header offers. */
    public static String other(String lang) {
        return BOKMAL.equals(lang) ? ENGLISH : BOKMAL;
    }

    /** Remembers a language choice for a year; Secure when the session cookie is. */
    public static NewCookie cookie(String lang, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(lang).path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds())
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).secure(secure).build();
    }

    /** The first supported language the browser asks for; Norwegian (no, nn, nb) counts as bokmål. */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return BOKMAL;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (primary.equals("nb") || primary.equals("no") || primary.equals("nn")) {
                    return BOKMAL;
                }
                if (primary.equals(ENGLISH)) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return BOKMAL;
        }
        return BOKMAL;
    }
}
