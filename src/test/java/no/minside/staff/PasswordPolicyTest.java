package no.minside.staff;

import no.minside.common.Violation;
import no.minside.common.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff passwords as NIST SP 800-63B asks: length and the list of common passwords, no composition rules. */
class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    private static List<String> problems(String password) {
        Violations found = new Violations();
        POLICY.check("password", password, "kari.nordmann", "Kari Nordmann", null, found);
        return found.list().stream().map(Violation::key).toList();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        // password                               | the one problem, or "ok"
        "''                                       | password_required",
        "elleve tegn                              | password_too_short",      // 11 characters
        "tolv tegn ok                             | ok",                      // 12: long enough, nothing else asked
        "alllowercaseletters                      | ok",                      // no composition rules
        "passwordpassword                         | password_common",         // a word typed twice
        "PassWordPassWord                         | password_common",         // the list ignores case
        "sommeren2024!                            | password_common",         // a Norwegian word with a year
        "qwertyuiopasdf                           | password_common",         // a keyboard walk
        "123456789012                             | password_common",
        "correcthorsebatterystaple                | password_common",         // famous since xkcd 936
        "kari.nordmann er her                     | password_contains_username",
        "nordmann og sola skinner                 | password_contains_name",
        "KariNordmannSinePass                     | password_contains_name",
        "snart fem fjell i kveld                  | ok",
    })
    void theRules(String password, String expected) {
        List<String> found = problems(password);
        if (expected.equals("ok")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).containsExactly(expected);
        }
    }

    @Test
    void lengthIsCountedInCharactersAsPeopleSeeThem() {
        assertThat(problems("blåbærsyltetøy")).as("14 letters, 17 bytes").isEmpty();
        assertThat(problems("😀😀😀😀😀😀😀😀😀😀😀")).as("11 emoji, 22 UTF-16 units").containsExactly("password_too_short");
        assertThat(problems("x".repeat(PasswordPolicy.MAX_LENGTH))).isEmpty();
        assertThat(problems("x".repeat(PasswordPolicy.MAX_LENGTH + 1))).containsExactly("password_too_long");
    }

    @Test
    void theSamePasswordTypedOnAnotherKeyboardIsTheSame() {
        // "å" as one code point and as "a" with a combining ring: NFKC makes them one password.
        assertThat(PasswordPolicy.normalise("sa\u030Ape tolv tegn")).isEqualTo(PasswordPolicy.normalise("s\u00E5pe tolv tegn"));
    }

    @Test
    void theShippedListHoldsTheCommonPasswordsOfEveryLength() {
        assertThat(POLICY.isCommon("123456")).isTrue();
        assertThat(POLICY.isCommon("iloveyou")).isTrue();
        assertThat(POLICY.isCommon("passord123456")).isTrue();
        assertThat(POLICY.isCommon("snart fem fjell i kveld")).isFalse();
    }
}
