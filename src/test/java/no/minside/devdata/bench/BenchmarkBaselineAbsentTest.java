package no.minside.devdata.bench;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's baseline page exists only in a build with the benchmark profile (src/test/perf/bench.sh): the
 * test build has neither the route nor its beans. PackagedAppIT checks the same of the production build.
 */
@QuarkusTest
class BenchmarkBaselineAbsentTest {

    @Test
    void theFortunesPageIsNotFound() {
        Response answer = given().redirects().follow(false).get(FortuneResource.PATH);
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.asString()).doesNotContain("Additional fortune");
    }

    @Test
    void itsBeansAreRemoved() {
        assertThat(Arc.container().instance(FortuneService.class).isAvailable()).isFalse();
        assertThat(Arc.container().instance(FortuneResource.class).isAvailable()).isFalse();
    }
}
