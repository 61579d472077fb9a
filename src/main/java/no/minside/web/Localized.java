package no.minside.web;

import io.quarkus.qute.i18n.MessageBundles;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The message bundle in a given language, for text built in Java (form errors, notices). */
public final class Localized {

    private Localized() {
    }

    /** Labels and errors look the bundle up many times per page; the lookup goes through the container once. */
    private static final Map<String, Messages> BY_LANGUAGE = new ConcurrentHashMap<>();

    public static Messages messages(String lang) {
        return BY_LANGUAGE.computeIfAbsent(lang,
                l -> MessageBundles.get(Messages.class, io.quarkus.qute.i18n.Localized.Literal.of(l)));
    }
}
