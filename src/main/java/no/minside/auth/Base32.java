package no.minside.auth;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** Base32 of RFC 4648 without padding: how authenticator apps take a TOTP secret, typed or from a QR code. */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | b & 0xff;
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt(buffer >>> bits - 5 & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt(buffer << 5 - bits & 31));
        }
        return out.toString();
    }

    /**
     * The bytes of a Base32 text; spaces, hyphens and padding are ignored and case does not matter.
     *
     * @throws IllegalArgumentException on a character outside the alphabet
     */
    public static byte[] decode(String text) {
        String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not Base32: " + c);
            }
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                out.write(buffer >>> bits - 8 & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
