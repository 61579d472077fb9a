package no.minside.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small mutable JSON trees for request bodies, with dotted-path edits such as {@code claims[0].principal}. */
public final class Json {

    private Json() {
    }

    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static List<Object> array(Object... items) {
        return new ArrayList<>(List.of(items));
    }

    /** Sets (or, with {@code null}, removes) the value at {@code path}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> set(Map<String, Object> root, String path, Object value) {
        String[] parts = path.split("\\.");
        Object node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i]);
        }
        String last = parts[parts.length - 1];
        if (last.endsWith("]")) {
            List<Object> list = (List<Object>) child(node, last.substring(0, last.indexOf('[')));
            list.set(index(last), value);
        } else if (value == null) {
            ((Map<String, Object>) node).remove(last);
        } else {
            ((Map<String, Object>) node).put(last, value);
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static Object child(Object node, String part) {
        if (part.endsWith("]")) {
            List<Object> list = (List<Object>) ((Map<String, Object>) node).get(part.substring(0, part.indexOf('[')));
            return list.get(index(part));
        }
        return ((Map<String, Object>) node).get(part);
    }

    private static int index(String part) {
        return Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
    }
}
