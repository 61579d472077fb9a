package no.minside.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import no.minside.support.Fixtures;
import no.minside.support.SmallLimits;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Each API key has a budget of requests; past it, 429 with Retry-After, and other keys are not touched. */
@QuarkusTest
@TestProfile(SmallLimits.class)
class ApiRateLimitTest {

    @Test
    void aKeyPastItsBudgetIsToldWhenToComeBackAndOthersGoOn() {
        String key = Fixtures.current().creditor(true);
        for (int i = 0; i < 3; i++) {
            assertThat(read(key).statusCode()).as("request %d of the burst", i + 1).isEqualTo(404);
        }
        Response refused = read(key);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).endsWith("rate-limited");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);

        String other = Fixtures.current().creditor(true);
        assertThat(read(other).statusCode()).as("another key has its own budget").isEqualTo(404);
    }

    @Test
    void theBucketRefillsAtItsRate() {
        ApiRateLimit limit = new ApiRateLimit(new ApiRateLimit.Limits() {
            @Override
            public double perSecond() {
                return 2;
            }

            @Override
            public double burst() {
                return 2;
            }
        }, new ApiRateLimit.Buckets());
        long t = 1_000_000_000L;
        assertThat(limit.waitNanos("k", t)).isZero();
        assertThat(limit.waitNanos("k", t)).isZero();
        assertThat(limit.waitNanos("k", t)).as("empty: half a second to the next token").isEqualTo(500_000_000L);
        assertThat(limit.waitNanos("k", t + 500_000_000L)).isZero();
        assertThat(limit.waitNanos("k", t + 10_000_000_000L)).isZero();
        assertThat(limit.waitNanos("k", t + 10_000_000_000L)).as("never more than the burst").isZero();
        assertThat(limit.waitNanos("k", t + 10_000_000_000L)).isPositive();
    }

    private static Response read(String key) {
        return given().header("X-Api-Key", key).get("/api/v1/cases/000000000");
    }
}
