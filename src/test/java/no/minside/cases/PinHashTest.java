package no.minside.cases;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PinHashTest {

    private final PinHash pins = new PinHash(() -> "a-pin-key-for-this-test-0123456789abcdef");

    @Test
    void theRightPinMatchesAndNoOtherDoes() {
        String stored = pins.hash("12345678");
        assertThat(stored).startsWith("h1$").doesNotContain("12345678").hasSizeLessThanOrEqualTo(72);
        assertThat(pins.matches("12345678", stored)).isTrue();
        assertThat(pins.matches("12345679", stored)).isFalse();
        assertThat(pins.matches("", stored)).isFalse();
        assertThat(pins.matches(null, stored)).isFalse();
    }

    @Test
    void theSamePinIsStoredDifferentlyOnTwoCases() {
        assertThat(pins.hash("12345678")).isNotEqualTo(pins.hash("12345678"));
    }

    @Test
    void anotherKeyTestsNothing() {
        String stored = pins.hash("12345678");
        assertThat(new PinHash(() -> "another-pin-key-for-this-test-0123456789").matches("12345678", stored))
                .isFalse();
    }

    @Test
    void anUnknownCaseOrAGarbledHashNeverMatches() {
        assertThat(pins.matches("00000000", null)).as("the dummy compared for an unknown case").isFalse();
        assertThat(pins.matches("12345678", "h1$not-base64!$x")).isFalse();
        assertThat(pins.matches("12345678", "h1$")).isFalse();
        assertThat(pins.matches("12345678", "something else")).isFalse();
    }

    @Test
    void pinsStoredAsBcryptBeforeKeepWorking() {
        String old = BcryptUtil.bcryptHash("87654321");
        assertThat(pins.matches("87654321", old)).isTrue();
        assertThat(pins.matches("87654320", old)).isFalse();
    }

    @Test
    void aShortKeyIsRefusedAtStart() {
        assertThatThrownBy(() -> new PinHash(() -> "short")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PIN_KEY");
    }
}
