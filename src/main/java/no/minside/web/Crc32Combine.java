package no.minside.web;

/**
 * The CRC-32 (the gzip trailer's, polynomial 0xEDB88320 reflected) of two byte runs one after the other, from the
 * CRC of each and the second's length, without reading the bytes again: a kept page's CRC is computed once, and
 * each response only combines it with its frame's. Arithmetic on polynomials modulo the CRC's: appending {@code n}
 * bytes multiplies the first CRC by x^(8n), which is squared up from x^1, x^2, x^4, ...
 */
final class Crc32Combine {

    private static final int POLYNOMIAL = 0xEDB88320;
    /** x^(2^k) modulo the polynomial, for k = 0..31: enough for a second run of up to 2^28 bytes (256 MB). */
    private static final int[] POWERS = new int[32];

    static {
        POWERS[0] = 1 << 30; // x^1, reflected
        for (int k = 1; k < POWERS.length; k++) {
            POWERS[k] = multiply(POWERS[k - 1], POWERS[k - 1]);
        }
    }

    private Crc32Combine() {
    }

    /** The CRC-32 of a run of CRC-32 {@code first} followed by {@code secondLength} bytes of CRC-32 {@code second}. */
    static int combine(int first, int second, long secondLength) {
        if (secondLength < 0 || secondLength >= 1L << 28) {
            throw new IllegalArgumentException("A run of " + secondLength + " bytes");
        }
        return multiply(powerOfX(secondLength), first) ^ second;
    }

    /** x^(8n) modulo the polynomial. */
    private static int powerOfX(long bytes) {
        int product = 1 << 31; // x^0, reflected
        int k = 3; // 8 = 2^3 bits a byte
        for (long n = bytes; n != 0; n >>>= 1, k++) {
            if ((n & 1) != 0) {
                product = multiply(POWERS[k], product);
            }
        }
        return product;
    }

    /** a times b modulo the polynomial, both reflected (the highest bit is x^0). */
    private static int multiply(int a, int b) {
        int product = 0;
        for (int bit = 1 << 31; bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) {
                product ^= b;
            }
            b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
        }
        return product;
    }
}
