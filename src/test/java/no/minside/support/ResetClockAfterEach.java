package no.minside.support;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Puts the application clock back to real time after every @QuarkusTest method, whatever the test did to it. */
public class ResetClockAfterEach implements QuarkusTestAfterEachCallback {

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        Arc.container().instance(TestClock.class).get().reset();
    }
}
