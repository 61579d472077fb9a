package no.minside.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TOTP and HOTP against the published test vectors, the accepted window, and that a used code never works again. */
class TotpTest {

    /** RFC 6238's seeds: the ASCII digits, 20, 32 and 64 bytes long for SHA-1, SHA-256 and SHA-512. */
    private static byte[] seed(String algorithm) {
        String digits = switch (algorithm) {
            case "HmacSHA1" -> "12345678901234567890";
            case "HmacSHA256" -> "12345678901234567890123456789012";
            default -> "1234567890123456789012345678901234567890123456789012345678901234";
        };
        return digits.getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "RFC 6238 B: {0} s, {2} -> {1}")
    @CsvSource({
        // time (s), TOTP (8 digits), mode: RFC 6238 appendix B, T0 = 0, X = 30 s
        "59,          94287082, HmacSHA1",
        "59,          46119246, HmacSHA256",
        "59,          90693936, HmacSHA512",
        "1111111109,  07081804, HmacSHA1",
        "1111111109,  68084774, HmacSHA256",
        "1111111109,  25091201, HmacSHA512",
        "1111111111,  14050471, HmacSHA1",
        "1111111111,  67062674, HmacSHA256",
        "1111111111,  99943326, HmacSHA512",
        "1234567890,  89005924, HmacSHA1",
        "1234567890,  91819424, HmacSHA256",
        "1234567890,  93441116, HmacSHA512",
        "2000000000,  69279037, HmacSHA1",
        "2000000000,  90698825, HmacSHA256",
        "2000000000,  38618901, HmacSHA512",
        "20000000000, 65353130, HmacSHA1",
        "20000000000, 77737706, HmacSHA256",
        "20000000000, 47863826, HmacSHA512",
    })
    void rfc6238TestVectors(long seconds, String expected, String algorithm) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(seed(algorithm), step, 8, algorithm)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "RFC 4226 D: counter {0} -> {1}")
    @CsvSource({
        // counter, HOTP (6 digits): RFC 4226 appendix D, secret "12345678901234567890"
        "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
        "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489",
    })
    void rfc4226TestVectors(long counter, String expected) {
        assertThat(Totp.code(seed("HmacSHA1"), counter)).isEqualTo(expected);
    }

    @Test
    void theAppCodeIsTheLastSixDigitsOfTheRfcValue() {
        // 59 s is step 1: the 8-digit value 94287082 keeps its last six digits, as every authenticator app shows.
        assertThat(Totp.code(seed("HmacSHA1"), 1)).isEqualTo("287082");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOfNowAndNoFurther() {
        byte[] secret = seed("HmacSHA1");
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.step(now);
        assertThat(Totp.match(secret, Totp.code(secret, step), now, 0)).hasValue(step);
        assertThat(Totp.match(secret, Totp.code(secret, step - 1), now, 0)).as("a phone 30 s slow").hasValue(step - 1);
        assertThat(Totp.match(secret, Totp.code(secret, step + 1), now, 0)).as("a phone 30 s fast").hasValue(step + 1);
        assertThat(Totp.match(secret, Totp.code(secret, step - 2), now, 0)).as("a minute old").isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step + 2), now, 0)).as("a minute ahead").isEmpty();
    }

    @Test
    void aCodeUsedOnceOrAnOlderOneIsNeverAcceptedAgain() {
        byte[] secret = seed("HmacSHA1");
        Instant now = Instant.ofEpochSecond(2_000_000_000L);
        long step = Totp.step(now);
        String code = Totp.code(secret, step);
        assertThat(Totp.match(secret, code, now, step)).as("the same code again").isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step - 1), now, step)).as("the one before it").isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step + 1), now, step)).as("the next one").hasValue(step + 1);
    }

    @Test
    void anythingButSixDigitsIsNoCode() {
        byte[] secret = seed("HmacSHA1");
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.match(secret, null, now, 0)).isEmpty();
        assertThat(Totp.match(secret, "94287082", now, 0)).as("the 8-digit value").isEmpty();
        assertThat(Totp.match(secret, "28708", now, 0)).isEmpty();
    }

    @ParameterizedTest(name = "Base32 of \"{0}\" is \"{1}\"")
    @CsvSource({
        // RFC 4648 section 10, without the padding that authenticator apps leave out
        "f,      MY",
        "fo,     MZXQ",
        "foo,    MZXW6",
        "foob,   MZXW6YQ",
        "fooba,  MZXW6YTB",
        "foobar, MZXW6YTBOI",
    })
    void base32AsRfc4648(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase()), StandardCharsets.US_ASCII)).isEqualTo(plain);
    }

    @Test
    void aTypedSecretMayHaveSpacesAndPadding() {
        String secret = TwoFactorService.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        String typed = secret.replaceAll("(.{4})", "$1 ").toLowerCase() + "====";
        assertThat(Base32.decode(typed)).isEqualTo(Base32.decode(secret));
        assertThatThrownBy(() -> Base32.decode("AB1C")).isInstanceOf(IllegalArgumentException.class);
    }
}
