package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attune.scoring.Reason;
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
        "2026-01-02                    | 2 January 2026",
        "2026-02-28                    | 28 February 2026",
        "2026-04-30                    | 30 April 2026",
        "2026-05-01                    | 1 May 2026",
        "2026-06-15                    | 15 June 2026",
        "2026-07-04                    | 4 July 2026",
        "2026-08-09                    | 9 August 2026",
        "2026-09-10                    | 10 September 2026",
        "2026-10-31T00:00              | 31 October 2026, 00:00",
        "2026-12-31T23:59:59-05:00     | 31 December 2026, 23:59",
        "0999-01-02                    | 2 January 0999",
        "-0005-01-02                   | 2 January -0005",
        "+10000-01-02                  | 2 January +10000",
        "last Tuesday                  | last Tuesday",
    })
    void datesAreWrittenForPeopleInTheTimeTheyWereRecorded(String timestamp, String words) {
        assertThat(ReportWording.date(timestamp)).isEqualTo(words);
    }

    /** A sentence that ends in the quoted question gets no second full stop; a flag is named without its own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ANSWER | Can you see a link?   | Because you answered “Yes” to “Can you see a link?”",
        "ANSWER | Are you tired        | Because you answered “Yes” to “Are you tired”.",
        "ANSWER | Stop.                | Because you answered “Yes” to “Stop.”",
        "ANSWER | Really!              | Because you answered “Yes” to “Really!”",
        "FLAG   | Client risk.         | Because the urgent flag “Client risk” was raised.",
        "FLAG   | Client risk          | Because the urgent flag “Client risk” was raised.",
        "FLAG   | Is it safe?          | Because the urgent flag “Is it safe?” was raised.",
    })
    void becauseEndsOneSentence(Reason.Kind kind, String subject, String sentence) {
        Reason reason = kind == Reason.Kind.FLAG ? new Reason("flags.f", kind, subject, Optional.of("raised"), "urgent")
                : new Reason("answers.q", kind, subject, Optional.of("Yes"), "");
        assertThat(ReportWording.because(List.of(ReportWording.fact(reason)))).isEqualTo(sentence);
    }
}
