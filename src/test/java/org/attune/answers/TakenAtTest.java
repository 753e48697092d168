package org.attune.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TakenAtTest {

    @Test
    void readsTheThreeForms() {
        assertThat(TakenAt.parse("2026-11-22")).contains(LocalDate.of(2026, 11, 22));
        assertThat(TakenAt.parse("2026-11-22T14:30:00").map(Object::toString)).contains("2026-11-22T14:30");
        assertThat(TakenAt.parse("2026-11-22T14:30:00+01:00").map(Object::toString)).contains("2026-11-22T14:30+01:00");
        assertThat(TakenAt.parse("2026-02-30")).isEmpty();
        assertThat(TakenAt.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
        assertThat(TakenAt.parse("yesterday")).isEmpty();
    }

    @Test
    void aPlainDateIsReadAsTheGeneralParserReadsIt() {
        Random random = new Random(20261123L);
        String[] pieces = {"0", "1", "2", "3", "9", "-", "+", "T", " ", "00", "12", "29", "30", "31", "2026", "0000", "9999"};
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? String.format("%04d-%02d-%02d",
                    random.nextInt(10_000), random.nextInt(14), random.nextInt(33)) : "");
            while (text.length() < 10 && random.nextInt(12) > 0) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String date = text.toString();
            if (date.indexOf('T') < 0) {
                assertThat(TakenAt.parse(date)).as(date).isEqualTo(general(date));
            }
        }
    }

    private static Optional<Temporal> general(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
