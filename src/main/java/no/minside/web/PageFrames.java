package no.minside.web;

import jakarta.enterprise.context.ApplicationScoped;
import no.minside.common.Visitor;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The frames of the pages with a kept body ({@link PageRenderer#aroundKeptBody}), rendered once per page, language
 * and kind of visitor and kept for the life of the process: their number is bounded by the code (a few pages, two
 * languages, a few roles), not by the data or the visitors.
 */
@ApplicationScoped
class PageFrames {

    /**
     * Everything a frame's fixed parts are rendered from. Who the visitor is, the path, the token and the idle clock
     * are not in it: they are the frame's slots.
     */
    record Key(String page, int arguments, String lang, Visitor.Kind kind, String role, boolean hasErrors,
               Duration idleTimeout, Duration warnBefore) {

        static Key of(String page, int arguments, PageContext context) {
            Visitor who = context.visitor();
            return who == null ? new Key(page, arguments, context.lang(), null, null, context.hasErrors(), null, null)
                    : new Key(page, arguments, context.lang(), who.kind(), who.role(), context.hasErrors(),
                    who.idleTimeout(), who.warnBefore());
        }
    }

    private final Map<Key, PageFrame> frames = new ConcurrentHashMap<>();

    /** The frame under this key, rendered by {@code render} the first time it is asked for. */
    PageFrame frame(Key key, Supplier<PageFrame> render) {
        PageFrame frame = frames.get(key);
        if (frame == null) {
            // Two requests may render the same frame at once; both frames are equal, and one is kept.
            frame = render.get();
            PageFrame first = frames.putIfAbsent(key, frame);
            return first == null ? frame : first;
        }
        return frame;
    }
}
