package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportWordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-22T21:39:12+01:00     | 22 November 2026, 21:39",
        "2026-11-22T09:30Z             | 22 November 2026, 09:30",
        "2026-11-01T09:00:00.123456Z   | 1 November 2026, 09:00",
        "2026-03-05T07:05              | 5 March 2026, 07:05",
        "2026-11-20                    | 20 November 2026",
        "last Tuesday                  | last Tuesday",
    })
    void datesAreWrittenForPeopleInTheTimeTheyWereRecorded(String timestamp, String words) {
        assertThat(ReportWording.date(timestamp)).isEqualTo(words);
    }
}
