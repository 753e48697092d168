package org.attune.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.answers.Answers;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GroupStatisticsTest {
    static Questionnaire q;

    @BeforeAll
    static void load() throws Exception {
        q = new QuestionnaireLoader().load(Path.of("src/test/resources/group/group-climate.yaml"));
    }

    /** A member who answered safe, heard and rushed with these option values (null: left out), and left_out as given. */
    static Answers member(Integer safe, Integer heard, Integer rushed, boolean leftOut, String version) {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        put(values, "safe", safe);
        put(values, "heard", heard);
        put(values, "rushed", rushed);
        values.put("left_out", new AnswerValue.YesNo(leftOut));
        return new Answers(q.id(), version, Optional.of("2026-11-01"), Optional.of("label"), values);
    }

    private static void put(Map<String, AnswerValue> values, String id, Integer value) {
        if (value != null) {
            Item item = q.item(id).orElseThrow();
            values.put(id, new AnswerValue.Choice(item.options().stream().filter(o -> o.value().intValue() == value).findFirst().orElseThrow()));
        }
    }

    static List<Answers> group(int size) {
        List<Answers> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(member(3, 3, 1, i == 0, q.header().version()));
        }
        return members;
    }

    @Test
    void refusesAGroupSmallerThanTheMinimum() {
        assertThatThrownBy(() -> GroupStatistics.summarise(q, group(4), Privacy.standard()))
                .isInstanceOfSatisfying(GroupTooSmallException.class, e -> {
                    assertThat(e.members()).isEqualTo(4);
                    assertThat(e.minGroup()).isEqualTo(5);
                });
    }

    @Test
    void theMinimumIsNeverBelowThree() {
        assertThatThrownBy(() -> new Privacy(2, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Privacy(3, false).minGroup()).isEqualTo(3);
    }

    @Test
    void howManyAnsweredIsHiddenTooWhenItIsOneOrTwo() throws Exception {
        List<Answers> members = group(6);
        members.set(0, member(3, 2, 1, false, q.header().version()));
        members.set(1, member(3, 2, 1, false, q.header().version()));
        for (int i = 2; i < 6; i++) {
            members.set(i, member(3, null, 1, false, q.header().version()));
        }
        org.attune.report.ReportDocument doc = org.attune.report.ReportDocument.ofGroup(GroupStatistics.summarise(q, members, Privacy.standard()));
        String text = new org.attune.report.TextReport(org.attune.report.TextStyle.PLAIN_80).render(doc);
        assertThat(text).contains("fewer than 3 of 6 members answered").doesNotContain("2 of 6 members answered");
        String json = org.attune.report.JsonReport.pretty().render(doc);
        assertThat(json).contains("\"answeredFewerThan3\" : true");
    }

    @Test
    void aDeclinedAnswerCountsAsNotAnsweredSoTheOptionsAddUp() throws Exception {
        List<Answers> members = new ArrayList<>(group(5));
        Map<String, AnswerValue> values = new LinkedHashMap<>(members.get(0).values());
        values.put("heard", new AnswerValue.Declined());
        members.set(0, new Answers(q.id(), q.header().version(), Optional.of("2026-11-01"), Optional.empty(), values));
        var heard = GroupStatistics.summarise(q, members, new Privacy(3, true)).items().stream().filter(i -> i.item().id().equals("heard")).findFirst().orElseThrow();
        assertThat(heard.answered()).isEqualTo(4);
        assertThat(heard.options().stream().mapToInt(o -> ((Count.Exact) o.members()).members()).sum()).isEqualTo(4);
    }

    @Test
    void countsOfOneOrTwoAreHiddenUnlessAskedFor() throws Exception {
        GroupSummary hidden = GroupStatistics.summarise(q, group(5), Privacy.standard());
        GroupSummary.FlagCount exclusion = hidden.flags().stream().filter(f -> f.flag().id().equals("exclusion")).findFirst().orElseThrow();
        assertThat(exclusion.raised()).isEqualTo(new Count.FewerThanThree());
        GroupSummary.ItemSummary leftOut = hidden.items().stream().filter(i -> i.item().id().equals("left_out")).findFirst().orElseThrow();
        assertThat(leftOut.options()).extracting(GroupSummary.OptionCount::members).containsExactly(new Count.FewerThanThree(), new Count.Exact(4));

        GroupSummary shown = GroupStatistics.summarise(q, group(5), new Privacy(5, true));
        assertThat(shown.flags().stream().filter(f -> f.flag().id().equals("exclusion")).findFirst().orElseThrow().raised()).isEqualTo(new Count.Exact(1));
        assertThat(new Privacy(3, false).count(0)).isEqualTo(new Count.Exact(0));
        assertThat(new Privacy(3, false).count(2)).isEqualTo(new Count.FewerThanThree());
        assertThat(new Privacy(3, false).count(3)).isEqualTo(new Count.Exact(3));
    }

    @Test
    void scoreStatisticsAndBands() throws Exception {
        List<Answers> members = List.of(member(1, 1, 3, false, "1.2.0"), member(2, 2, 2, false, "1.2.0"), member(3, 3, 1, false, "1.2.0"),
                member(3, 3, 1, false, "1.2.0"), member(2, 3, 1, false, "1.2.0"));
        GroupSummary summary = GroupStatistics.summarise(q, members, Privacy.standard());
        GroupSummary.ScoreSummary climate = summary.scores().get(0);
        // member values: 1.0, 2.0, 3.0, 3.0, 2.7 (rushed is reversed)
        Statistics s = climate.statistics().orElseThrow();
        assertThat(s.mean()).isEqualByComparingTo("2.34");
        assertThat(s.median()).isEqualByComparingTo("2.7");
        assertThat(s.min()).isEqualByComparingTo("1.0");
        assertThat(s.max()).isEqualByComparingTo("3.0");
        assertThat(s.standardDeviation()).isEqualByComparingTo("0.85");
        assertThat(climate.bands()).extracting(GroupSummary.BandCount::members)
                .containsExactly(new Count.FewerThanThree(), new Count.FewerThanThree(), new Count.Exact(3));
    }

    @Test
    void missingAnswersAreCountedAndTooFewAnswersAreSaidSo() throws Exception {
        List<Answers> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // only two members answered 'heard'; four have too few items for the score (minAnswered 2)
            members.add(i < 2 ? member(3, 3, 1, false, "1.2.0") : member(null, null, 1, false, "1.2.0"));
        }
        GroupSummary summary = GroupStatistics.summarise(q, members, Privacy.standard());
        GroupSummary.ItemSummary heard = summary.items().stream().filter(i -> i.item().id().equals("heard")).findFirst().orElseThrow();
        assertThat(heard.tooFew()).isTrue();
        assertThat(heard.options()).isEmpty();
        assertThat(heard.notAnswered()).isEqualTo(new Count.Exact(4));
        GroupSummary.ScoreSummary climate = summary.scores().get(0);
        assertThat(climate.withValue()).isEqualTo(2);
        assertThat(climate.statistics()).isEmpty();
        assertThat(climate.bands()).isEmpty();
        assertThat(climate.withoutValue()).isEqualTo(new Count.Exact(4));
        assertThat(summary.recommendations()).extracting(GroupSummary.KindCount::kind).contains(Optional.empty());
    }

    @Test
    void freeTextNeverEntersTheSummary() throws Exception {
        GroupSummary summary = GroupStatistics.summarise(q, group(5), Privacy.standard());
        assertThat(summary.items()).noneMatch(i -> i.item() instanceof Item.FreeText);
    }

    @Test
    void otherVersionsAreCounted() throws Exception {
        List<Answers> members = new ArrayList<>(group(4));
        members.add(member(3, 3, 1, false, "1.1.0"));
        assertThat(GroupStatistics.summarise(q, members, Privacy.standard()).otherVersions()).containsExactly(Map.entry("1.1.0", new Count.FewerThanThree()));
    }

    @Test
    void statisticsOfKnownValues() {
        Statistics s = Statistics.of(List.of(new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("4"), new BigDecimal("4"),
                new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("7"), new BigDecimal("9")));
        assertThat(s.mean()).isEqualByComparingTo("5");
        assertThat(s.median()).isEqualByComparingTo("4.5");
        assertThat(s.standardDeviation()).isEqualByComparingTo("2.14"); // sample SD: sqrt(32/7)
    }
}
