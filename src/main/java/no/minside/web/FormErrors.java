package no.minside.web;

import no.minside.common.Violation;

import java.util.List;

/**
 * The one place where a form's violations become sentences: each key is looked up in the form's own message bundle,
 * then in {@link LayoutMessages}, which holds the messages every form shares (a required field, a text too long).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static List<FormError> localize(List<Violation> violations, String lang, Class<?> bundle) {
        return violations.stream().map(v -> new FormError(v.field(), sentence(v, lang, bundle))).toList();
    }

    /**
     * The message with the violation's arguments ({@code @Size(max = 20)} gives 20), or else the same message without
     * them: a message need not name the limit ("Skriv inn et norsk telefonnummer ..."), and a missing argument must
     * never turn a person's typing into an error page.
     */
    private static String sentence(Violation violation, String lang, Class<?> bundle) {
        return Bundles.message(bundle, lang, violation.key(), violation.args())
                .or(() -> Bundles.message(LayoutMessages.class, lang, violation.key(), violation.args()))
                .or(() -> Bundles.message(bundle, lang, violation.key(), List.of()))
                .or(() -> Bundles.message(LayoutMessages.class, lang, violation.key(), List.of()))
                .orElseThrow(() -> new IllegalStateException("No message " + violation.key() + " in "
                        + bundle.getSimpleName() + " or LayoutMessages"));
    }
}
