package no.minside.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded database and a random management port for every @QuarkusTest in the module. */
@QuarkusTestResource(value = EmbeddedDatabaseTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ManagementPortTestResource.class, restrictToAnnotatedClass = false)
public final class DatabaseForAllTests {

    private DatabaseForAllTests() {
    }
}
