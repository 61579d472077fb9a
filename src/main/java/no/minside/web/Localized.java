package no.minside.web;

import io.quarkus.qute.i18n.MessageBundles;

/** The message bundle in a given language, for text built in Java (form errors, notices). */
public final class Localized {

    private Localized() {
    }

    public static Messages messages(String lang) {
        return MessageBundles.get(Messages.class, io.quarkus.qute.i18n.Localized.Literal.of(lang));
    }
}
