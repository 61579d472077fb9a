package no.minside.web;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Combining two runs' CRC-32 gives the CRC-32 of the runs one after the other, as java.util.zip computes it. */
class Crc32CombineTest {

    @Test
    void theCombinedCrcIsTheCrcOfBothRunsReadTogether() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 2, 3, 7, 8, 255, 256, 65_535, 65_536, 150_001}) {
            byte[] first = new byte[random.nextInt(3000)];
            byte[] second = new byte[length];
            random.nextBytes(first);
            random.nextBytes(second);
            CRC32 both = new CRC32();
            both.update(first);
            both.update(second);

            assertThat(Crc32Combine.combine(crc(first), crc(second), second.length)).as("second of " + length)
                    .isEqualTo((int) both.getValue());
        }
    }

    @Test
    void anEmptyFirstRunGivesTheSecondsCrc() {
        byte[] run = "Betal 2 391,77 kr".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(Crc32Combine.combine(0, crc(run), run.length)).isEqualTo(crc(run));
    }

    @Test
    void aRunBeyondWhatThePowersCoverIsRefused() {
        assertThatThrownBy(() -> Crc32Combine.combine(0, 0, 1L << 28)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
