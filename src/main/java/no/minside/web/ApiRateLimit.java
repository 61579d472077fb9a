package no.minside.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import no.minside.common.ApiKeys;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;

/**
 * A budget of requests per API key (issue 13): a token bucket per key that refills at {@code per-second} up to
 * {@code burst}. A key past its budget gets 429 problem details with Retry-After, before any work or database
 * access, so one client's runaway loop cannot take the instance from the others. The budget is per instance (with
 * N instances a key may send N times as much); the default leaves room for a creditor's batch (issue 12: at least
 * 200 new cases per second). Requests without a key are left to the key check and its failure budget.
 */
public class ApiRateLimit {

    @ConfigMapping(prefix = "minside.api.rate-limit")
    public interface Limits {
        /** Requests per second each key may send, on average. */
        @WithDefault("500")
        double perSecond();

        /** How many it may send at once after a quiet spell. */
        @WithDefault("1000")
        double burst();
    }

    /** One key's bucket: tokens left and when they were counted. */
    private static final class Bucket {
        private double tokens;
        private long countedAtNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.countedAtNanos = now;
        }
    }

    @Singleton
    static class Buckets {
        final Cache<String, Bucket> byKey = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    private final Limits limits;
    private final Buckets buckets;

    ApiRateLimit(Limits limits, Buckets buckets) {
        this.limits = limits;
        this.buckets = buckets;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String key = request.getHeaderString(ApiRequests.API_KEY);
        if (!request.getUriInfo().getPath().startsWith("/api/") || !ApiKeys.isPlausible(key)) {
            return null;
        }
        long wait = waitNanos(ApiKeys.hash(key), System.nanoTime());
        if (wait == 0) {
            return null;
        }
        long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
        return Response.fromResponse(ApiExceptionMappers.problem(429, "rate-limited", "Too many requests",
                        "This API key sent more requests than its budget allows; retry after the time given.",
                        request.getUriInfo(), null, null))
                .header("Retry-After", seconds).build();
    }

    /** Takes a token from the key's bucket: 0 when there was one, else how long until there is. */
    long waitNanos(String keyHash, long now) {
        double rate = limits.perSecond();
        double burst = limits.burst();
        Bucket bucket = buckets.byKey.get(keyHash, k -> new Bucket(burst, now));
        synchronized (bucket) {
            double refilled = (now - bucket.countedAtNanos) / 1e9 * rate;
            bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, refilled));
            bucket.countedAtNanos = Math.max(bucket.countedAtNanos, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / rate * 1e9);
        }
    }
}
