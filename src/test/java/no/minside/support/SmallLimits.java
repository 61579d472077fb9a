package no.minside.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * One test profile for the tests that need limits the default test configuration keeps out of the way: a small API
 * rate budget (ApiRateLimitTest), early login and API key delays (AttemptBudgetsTest), a BankID provider that
 * cannot be reached (BankIdProviderDownTest) and short sessions (SessionTimeoutWarningTest).
 *
 * <p>Shared because every distinct profile costs the suite about half a minute: Quarkus builds the application once
 * more for it when the tests are discovered, and starts it once more when its tests run. The settings do not meet:
 * the rate budget is per API key and each test uses keys of its own; the early delays count failures per address, and
 * AttemptBudgetsTest fails from addresses of its own (X-Forwarded-For); no other test here logs in with BankID or
 * keeps a session idle for 10 s.
 */
public class SmallLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "minside.api.rate-limit.per-second", "0.5", "minside.api.rate-limit.burst", "3",
                "minside.login.client-delay-after", "4", "minside.api-keys.max-failures", "10",
                // An issuer on a port where nothing listens.
                "minside.bankid.issuer", "http://127.0.0.1:9/nobody-here",
                // Sessions end 10 s after the last request and warn 6 s before.
                "minside.session.idle-timeout", "10S", "minside.session.warn-before", "6S");
    }
}
