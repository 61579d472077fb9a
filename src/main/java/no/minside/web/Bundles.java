package no.minside.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The message bundles in a given language, for text built in Java: form errors, notices, error pages. */
public final class Bundles {

    private record Key(Class<?> bundle, String lang) {
    }

    /** Pages look bundles up many times; each lookup goes through the container once per bundle and language. */
    private static final Map<Key, Object> INSTANCES = new ConcurrentHashMap<>();
    private static final Map<String, Optional<Method>> METHODS = new ConcurrentHashMap<>();

    private Bundles() {
    }

    public static <T> T of(Class<T> bundle, String lang) {
        return bundle.cast(INSTANCES.computeIfAbsent(new Key(bundle, lang),
                key -> MessageBundles.get(bundle, Localized.Literal.of(lang))));
    }

    /**
     * The message of a key (a method of the bundle interface) with its arguments, or empty when the bundle has no
     * such key: how a violation found in a service becomes a sentence.
     */
    static Optional<String> message(Class<?> bundle, String lang, String key, List<Object> args) {
        Optional<Method> method = METHODS.computeIfAbsent(bundle.getName() + "#" + key + "/" + args.size(),
                ignored -> find(bundle, key, args.size()));
        if (method.isEmpty()) {
            return Optional.empty();
        }
        Object[] values = new Object[args.size()];
        Class<?>[] types = method.get().getParameterTypes();
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            values[i] = types[i] == String.class && arg != null ? arg.toString() : arg;
        }
        try {
            return Optional.of((String) method.get().invoke(of(bundle, lang), values));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Message " + key + " of " + bundle.getSimpleName() + " failed", e);
        }
    }

    private static Optional<Method> find(Class<?> bundle, String key, int parameters) {
        for (Method method : bundle.getMethods()) {
            if (method.getName().equals(key) && method.getParameterCount() == parameters
                    && method.getReturnType() == String.class) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
