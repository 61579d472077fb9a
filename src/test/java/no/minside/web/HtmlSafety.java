package no.minside.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page must look like after a visitor's text went into it: the text escaped, so that it reads as text and
 * never becomes markup. Two views of the same page: its source (the payload must never appear there as typed when
 * it holds a character HTML gives meaning to) and the parsed document (no handler attribute, no script of its own,
 * no element only a payload brings, no link to a script URL).
 */
final class HtmlSafety {

    /**
     * Characters that Qute's HTML escaping replaces: a payload holding one must never reach the source as it is. Not
     * the ampersand: {@code &lt;script&gt;} is also what an escaped {@code <script>} looks like in the source; that
     * such a payload is escaped shows in the text, where it must read as typed.
     */
    private static final Pattern MEANINGFUL = Pattern.compile("[<>\"']");
    /** Elements no page of Min side has: only an injected payload would bring one. */
    private static final String FOREIGN = "iframe, object, embed, base, math, body style, meta[http-equiv], "
            + "script:not([src])";
    /** The app's own scripts: nothing else may be loaded. */
    private static final Set<String> OWN_SCRIPTS = Set.of("/js/page.js", "/js/session.js");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background");
    private static final Pattern SCRIPT_URL = Pattern.compile("^\\s*(javascript|vbscript|data):.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HtmlSafety() {
    }

    /** Every way the page lets one of the payloads act, with where; empty when the page is safe. */
    static List<String> problems(String where, String html, List<String> payloads) {
        List<String> found = new ArrayList<>();
        for (String payload : payloads) {
            if (MEANINGFUL.matcher(payload).find() && html.contains(payload)) {
                found.add(where + ": the payload stands unescaped in the source: " + payload);
            }
        }
        Document page = Jsoup.parse(html);
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add(where + ": an event handler attribute " + name + " on <" + element.tagName() + ">");
                }
                if (URL_ATTRIBUTES.contains(name) && SCRIPT_URL.matcher(attribute.getValue()).matches()) {
                    found.add(where + ": a script URL in " + name + " on <" + element.tagName() + ">");
                }
            }
        }
        for (Element element : page.select(FOREIGN)) {
            found.add(where + ": an element no page has: " + element.outerHtml());
        }
        for (Element script : page.select("script[src]")) {
            if (!OWN_SCRIPTS.contains(script.attr("src"))) {
                found.add(where + ": a script from " + script.attr("src"));
            }
        }
        return found;
    }

    /**
     * The text a person sees on the page, and the values of its form fields: where a stored or typed payload shows
     * when it is escaped right.
     */
    static String visibleText(String html) {
        Document page = Jsoup.parse(html);
        StringBuilder text = new StringBuilder(page.wholeText());
        page.select("input[value], textarea").forEach(field -> text.append('\n')
                .append(field.tagName().equals("textarea") ? field.wholeText() : field.attr("value")));
        page.select("[data-testid]").forEach(e -> e.attributes().forEach(a -> {
            if (a.getKey().startsWith("data-")) {
                text.append('\n').append(a.getValue());
            }
        }));
        return text.toString();
    }
}
