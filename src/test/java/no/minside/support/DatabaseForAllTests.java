package no.minside.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded database for every @QuarkusTest in the module. */
@QuarkusTestResource(value = EmbeddedDatabaseTestResource.class, restrictToAnnotatedClass = false)
public final class DatabaseForAllTests {

    private DatabaseForAllTests() {
    }
}
