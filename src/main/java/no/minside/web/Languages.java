package no.minside.web;

import java.util.List;
import java.util.Locale;

/** The two languages of the pages, bokmål first, and how a browser's Accept-Language picks one. */
public final class Languages {

    private static final List<String> SUPPORTED = List.of("nb", "en");

    private Languages() {
    }

    /** Remembers a language choice for a year. */
    public static jakarta.ws.rs.core.NewCookie cookie(String lang) {
        return new jakarta.ws.rs.core.NewCookie.Builder(PageRenderer.LANG_COOKIE).value(lang).path("/")
                .maxAge((int) java.time.Duration.ofDays(365).toSeconds())
                .sameSite(jakarta.ws.rs.core.NewCookie.SameSite.LAX).httpOnly(true).build();
    }

    public static boolean isSupported(String lang) {
        return lang != null && SUPPORTED.contains(lang);
    }

    /** The first supported language the browser asks for; Norwegian (no, nn, nb) counts as bokmål. */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "nb";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (primary.equals("nb") || primary.equals("no") || primary.equals("nn")) {
                    return "nb";
                }
                if (primary.equals("en")) {
                    return "en";
                }
            }
        } catch (IllegalArgumentException malformed) {
            return "nb";
        }
        return "nb";
    }
}
