package no.minside.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.common.KeptBody;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The debtor's case views, worked out once per case per day and change instead of on every request (issue 12): the
 * overview's cards, the totals the staff lists show, and the case page's content as rendered (its templates' work
 * is most of a big case's cost, not the queries or the engine). A
 * view is kept under everything it is computed from: the case's content version (which V14's triggers move on any
 * change to the case or its rows), its creditor's version (allocation order, VAT, name), the rate tables' version and
 * the day. So a kept view is never stale, on this instance or any other: a change anywhere gives a new key, and the old
 * entry simply ages out. Bounded in entries and idle time, so memory stays within the heap's budget.
 * <p>
 * That holds for versions others can see. A transaction that has written a case moved its version to one nobody else
 * sees yet, and a rollback would give that number again to other content: a view worked out there is used for that
 * request and not kept ({@link CaseRepository#writtenInThisTransaction}, one statement when a view is kept inside a
 * transaction, none for a kept view).
 */
@ApplicationScoped
public class KeptCaseViews {

    @ConfigMapping(prefix = "minside.case-views")
    public interface Limits {
        /** Overview cards kept (a card is small: a few hundred bytes). */
        @WithDefault("20000")
        long summaries();

        /**
         * Bytes of rendered case pages kept, in all (UTF-8): a page is 10–80 kB of HTML, so the default keeps some
         * hundreds to a few thousand pages in about 16 MB of heap.
         */
        @WithDefault("16000000")
        long pageBytes();

        /** Other pages' views of a case kept (the plan options: about 2 kB each, so some 10 MB at most). */
        @WithDefault("5000")
        long views();

        /** A view nobody asked for in this long is let go. */
        @WithDefault("15m")
        Duration idle();
    }

    /**
     * What a case's view is computed from; equal keys give equal views. The rate tables by their version (V18), not
     * by their content: a key is hashed on every request.
     */
    public record Key(long caseId, long contentVersion, long creditorVersion, LocalDate today, long ratesVersion) {

        static Key of(CaseHead head, LocalDate today, long ratesVersion) {
            return of(head.version(), today, ratesVersion);
        }

        static Key of(CaseVersion version, LocalDate today, long ratesVersion) {
            return new Key(version.caseId(), version.contentVersion(), version.creditorVersion(), today, ratesVersion);
        }
    }

    private final Cache<Key, DebtorCaseViews.CaseSummary> summaries;
    /**
     * A page's content as rendered in one language: of one case ({@link Key}), or of the overview (the list of its
     * cases' keys, in order). Kept as the UTF-8 the response sends, so a kept page is copied, never encoded again:
     * encoding the 80 kB of a big case page on every request was a quarter of its cost (issue 12).
     */
    public record PageKey(Object what, String language) {
    }

    private final Cache<PageKey, KeptBody> pages;
    private final Cache<Key, BigDecimal> totals;

    /**
     * A view another page works out from one case (the plan options), by what else it depends on ({@code kind}: a
     * value with equals, such as the debtor's past plans) and the case's key.
     */
    record ViewKey(Object kind, Key key) {
    }

    private final Cache<ViewKey, Object> views;

    private final CaseRepository cases;

    KeptCaseViews(Limits limits, CaseRepository cases) {
        this.cases = cases;
        this.summaries = Caffeine.newBuilder().maximumSize(limits.summaries()).expireAfterAccess(limits.idle()).build();
        this.pages = Caffeine.newBuilder().maximumWeight(limits.pageBytes())
                .weigher((PageKey key, KeptBody body) -> body.weight()).expireAfterAccess(limits.idle()).build();
        this.totals = Caffeine.newBuilder().maximumSize(limits.summaries()).expireAfterAccess(limits.idle()).build();
        this.views = Caffeine.newBuilder().maximumSize(limits.views()).expireAfterAccess(limits.idle()).build();
    }

    DebtorCaseViews.CaseSummary summary(Key key) {
        return summaries.getIfPresent(key);
    }

    /** Keeps these cards, but none of a case this transaction has written. */
    void keepSummaries(Map<Key, DebtorCaseViews.CaseSummary> worked) {
        summaries.putAll(settled(worked));
    }

    BigDecimal total(Key key) {
        return totals.getIfPresent(key);
    }

    /** Keeps these totals, but none of a case this transaction has written. */
    void keepTotals(Map<Key, BigDecimal> worked) {
        totals.putAll(settled(worked));
    }

    /** The kept page, or null. */
    KeptBody keptPage(PageKey key) {
        return pages.getIfPresent(key);
    }

    /**
     * The kept page, or the one {@code render} makes now: kept unless this transaction has written one of the cases
     * it shows ({@code of}). One request renders a page at a time: others asking for it meanwhile wait for it.
     */
    KeptBody page(PageKey key, Collection<Key> of, Function<PageKey, String> render) {
        return keptUnlessWritten(pages, key, of,
                k -> KeptBody.of(render.apply(k).getBytes(StandardCharsets.UTF_8)));
    }

    /** The kept view, or the one {@code work} makes now: kept unless this transaction has written the case. */
    <V> V view(ViewKey key, Class<V> type, Supplier<V> work) {
        return type.cast(keptUnlessWritten(views, key, List.of(key.key()), k -> work.get()));
    }

    /**
     * What {@code cache} keeps under {@code key}, or what {@code work} makes now, kept unless this transaction has
     * written one of the cases {@code of}. Made once at a time: others asking for the same key meanwhile wait.
     */
    private <K, V> V keptUnlessWritten(Cache<K, V> cache, K key, Collection<Key> of, Function<K, V> work) {
        List<V> made = new ArrayList<>(1);
        V kept = cache.get(key, k -> {
            made.add(work.apply(k));
            return written(of.stream().map(Key::caseId).toList()).isEmpty() ? made.get(0) : null;
        });
        return kept != null ? kept : made.get(0);
    }

    private <V> Map<Key, V> settled(Map<Key, V> worked) {
        Set<Long> written = written(worked.keySet().stream().map(Key::caseId).toList());
        if (written.isEmpty()) {
            return worked;
        }
        Map<Key, V> settled = new HashMap<>(worked);
        settled.keySet().removeIf(key -> written.contains(key.caseId()));
        return settled;
    }

    private Set<Long> written(Collection<Long> caseIds) {
        return cases.writtenInThisTransaction(caseIds);
    }
}
