package no.minside.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The mod-11 and mod-10 control digits: valid numbers pass, and every single-digit substitution is caught. */
class ControlDigitTest {

    private static final NationalId.Rules STRICT = NationalId.Rules.STRICT;
    private static final NationalId.Rules TEST_NUMBERS = new NationalId.Rules(true, false);

    @ParameterizedTest
    @ValueSource(strings = {"15038520072", "01019010046", "29020010027", "31129910065", "24067710025",
            "07070810004", "41019010110" /* D-number */})
    void validNationalIdsPassAndEverySubstitutionIsRejected(String valid) {
        assertThat(NationalId.isValid(valid, STRICT)).isTrue();
        assertEverySubstitutionRejected(valid, v -> NationalId.isValid(v, STRICT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"923100008", "974100118", "889123303", "912345602", "987654309"})
    void validOrganisationNumbersPassAndEverySubstitutionIsRejected(String valid) {
        assertThat(OrganisationNumber.isValid(valid)).isTrue();
        assertEverySubstitutionRejected(valid, OrganisationNumber::isValid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000016", "100000165", "1234567897", "0000000000"})
    void validKidsPassAndEverySubstitutionIsRejected(String valid) {
        assertThat(Luhn.isValid(valid)).isTrue();
        assertEverySubstitutionRejected(valid, Luhn::isValid);
    }

    @Test
    void syntheticNationalIdsOnlyWhenAllowed() {
        String synthetic = "01859010071"; // month 05 + 80, as Skatteetaten's test numbers
        assertThat(NationalId.isValid(synthetic, TEST_NUMBERS)).isTrue();
        assertThat(NationalId.isValid(synthetic, STRICT)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1503852007", "150385200721", "1503852007a", "32019010046" /* day 32 */,
            "30020010000" /* 30 February */})
    void malformedNationalIdsAreRejected(String invalid) {
        assertThat(NationalId.isValid(invalid, TEST_NUMBERS)).isFalse();
    }

    @Test
    void nullIsNeverValid() {
        assertThat(NationalId.isValid(null, STRICT)).isFalse();
        assertThat(OrganisationNumber.isValid(null)).isFalse();
        assertThat(Luhn.isValid(null)).isFalse();
    }

    @Test
    void luhnCheckDigitIsTheKnownOne() {
        // 7992739871 is the textbook Luhn example; its check digit is 3.
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
        assertThat(Luhn.withCheckDigit("1000001")).isEqualTo("10000016");
    }

    @Test
    void maskingKeepsOnlyTheBirthDate() {
        assertThat(NationalId.mask("15038520072")).isEqualTo("150385*****");
    }

    private static void assertEverySubstitutionRejected(String valid, Predicate<String> isValid) {
        for (int position = 0; position < valid.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertThat(isValid.test(changed)).as("%s (digit %d changed)", changed, position + 1).isFalse();
            }
        }
    }
}
