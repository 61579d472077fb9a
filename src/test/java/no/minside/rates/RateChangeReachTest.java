package no.minside.rates;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.RateTablesBackup;
import no.minside.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved rate reaches this instance's balances at once and every other instance's within {@link
 * RateTablesProvider#CHECK} (the README's documented bound): the other instance is a second provider over the same
 * database, as a second JVM would have, which nobody tells about the change. It learns of it from the rate tables'
 * version (V18), which a trigger moves on any change, the admin page's or one made by hand.
 */
@QuarkusTest
class RateChangeReachTest {

    private static final LocalDate H1_2027 = LocalDate.of(2027, 1, 1);

    @Inject
    RateTablesProvider here;

    @Inject
    RateRepository repository;

    @Inject
    RateAdminService admin;

    @Inject
    TestClock clock;

    @Inject
    Fixtures fixtures;

    @Inject
    RateTablesBackup backup;

    @BeforeEach
    void keepTheSeededRates() {
        backup.save();
        clock.fixAt(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @AfterEach
    void putThemBack() {
        backup.restore();
        clock.reset();
    }

    @Test
    void thisInstanceAtOnceTheOthersWithinTheBound() {
        RateTablesProvider elsewhere = new RateTablesProvider(repository, clock);
        assertThat(rateOn(elsewhere)).as("before: the 2026 H2 rate carried forward").isEqualByComparingTo("12.00");
        assertThat(elsewhere.current().interestRateOn(H1_2027).provisional()).isTrue();
        assertThat(rateOn(here)).isEqualByComparingTo("12.00");

        admin.apply(new RateChange(RateTable.INTEREST, H1_2027, new BigDecimal("13.00"), null, null, false,
                "Norges Bank", null, null), admin.version(RateTable.INTEREST), fixtures.staffId(fixtures.staff(Roles.ADMIN)));

        assertThat(rateOn(here)).as("the instance that saved it").isEqualByComparingTo("13.00");
        clock.shift(RateTablesProvider.CHECK.minus(Duration.ofMillis(1)));
        assertThat(rateOn(elsewhere)).as("another instance may still hold the old tables").isEqualByComparingTo("12.00");
        clock.shift(Duration.ofMillis(1));
        assertThat(rateOn(elsewhere)).as("but not beyond the bound").isEqualByComparingTo("13.00");
        assertThat(elsewhere.current().interestRateOn(H1_2027).provisional()).isFalse();
        assertThat(elsewhere.versioned().version()).isEqualTo(here.versioned().version());
    }

    @Test
    void aChangeByHandMovesTheVersionAndReachesEveryInstance() {
        RateTablesProvider elsewhere = new RateTablesProvider(repository, clock);
        RateTablesProvider.Versioned before = elsewhere.versioned();

        fixtures.execute("update late_interest_rate set rate = 14.00 where valid_from = (select max(valid_from)"
                + " from late_interest_rate)");

        assertThat(repository.version()).as("moved by the trigger").isGreaterThan(before.version());
        clock.shift(RateTablesProvider.CHECK);
        assertThat(rateOn(elsewhere)).isEqualByComparingTo("14.00");
        assertThat(elsewhere.versioned().version()).isEqualTo(repository.version());
    }

    @Test
    void anUnchangedVersionKeepsTheTablesItHas() {
        RateTablesProvider elsewhere = new RateTablesProvider(repository, clock);
        RateTablesProvider.Versioned before = elsewhere.versioned();
        clock.shift(RateTablesProvider.CHECK.multipliedBy(3));
        assertThat(elsewhere.versioned()).as("checked, not read again").isSameAs(before);
    }

    private static BigDecimal rateOn(RateTablesProvider provider) {
        return provider.current().interestRateOn(H1_2027).percent();
    }
}
