package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every type rule of conditions, through the loader: each problem at its exact line and column
 * (the column inside the condition), with its reason and fix.
 */
class ConditionRulesTest {
    private static final String QUESTIONNAIRE = """
            format: 1
            id: rules
            version: 1.0.0
            title: Rules
            estimatedMinutes: 2
            scales:
              - id: often
                options:
                  - {value: 0, label: Never}
                  - {value: 1, label: Sometimes, key: sometimes}
                  - {value: 2, label: Often, key: often}
            sections:
              - id: main
                title: Main
                items:
                  - {id: level, type: choice, scale: often, text: "How often?"}
                  - {id: safe, type: yesno, text: "Safe?"}
                  - {id: x, type: number, min: 1, max: 4, text: "How many?"}
                  - {id: open, type: number, text: "Any number?"}
                  - {id: topics, type: multi, required: false, text: "Topics?", options: [{value: 0, label: Ethics, key: ethics}, {value: 0, label: Endings, key: endings}]}
                  - {id: notes, type: text, text: "Notes?"}
            scores:
              - id: s
                title: S
                method: sum
                items: [level]
                bands: [{min: 0, max: 0, label: lo, meaning: Low}, {min: 1, max: 2, label: hi, meaning: High}]
            flags:
              - {id: f, severity: info, message: Hi, when: "%s"}
            recommendations:
              - {id: carry-on, kind: continue, default: true, title: Carry on}
            """;
    private static final int LINE = 1 + (int) QUESTIONNAIRE.lines().takeWhile(l -> !l.contains("%s")).count();
    private static final int START = 1 + QUESTIONNAIRE.lines().filter(l -> l.contains("%s")).findFirst().orElseThrow().indexOf("%s");

    private static List<String> problems(String condition) {
        return LoaderProblems.of(QUESTIONNAIRE.formatted(condition));
    }

    private static String at(String condition, String part, String problem) {
        return LINE + ":" + (START + condition.indexOf(part)) + ": the condition of flag 'f': " + problem;
    }

    private static void valid(String condition) {
        LoaderProblems.valid(QUESTIONNAIRE.formatted(condition));
    }

    @Test
    void wellTypedConditionsAreValid() {
        valid("answers.level == 'often'");
        valid("answers.level == 'Often'");
        valid("answers.level >= 1");
        valid("answers.level in ['often', 'sometimes']");
        valid("answers.safe == 'no' || answers.safe != 'yes'");
        valid("answers.x >= 2 && answers.x <= 3");
        valid("answers.open > 1000000");
        valid("'ethics' in answers.topics && count(answers.topics) >= 2");
        valid("bands.s == 'hi' && scores.s >= 1");
        valid("!answered(answers.notes) || answers.notes == 'none'");
        valid("answers.x == null || scores.s != null");
        valid("min(scores.s, answers.x) < 2 and not (max(answers.x, 2) > 3)");
        valid("answers.x + answers.level * 2 - 1 > 3 or -answers.x < -2");
    }

    @Test
    void aChoiceIsComparedOnlyWithItsOwnOptions() {
        String c = "answers.level == 'Yes'";
        assertThat(problems(c)).containsExactly(at(c, "'Yes'", "'Yes' is not an option of answers.level; its options are 'Never', 'sometimes', 'often'"));
        String misspelt = "answers.level != 'oftne'";
        assertThat(problems(misspelt)).containsExactly(at(misspelt, "'oftne'", "'oftne' is not an option of answers.level; did you mean 'often'?"));
        String value = "answers.level == 5";
        assertThat(problems(value)).containsExactly(at(value, "5", "answers.level has no option with the value 5; its values are 0, 1, 2"));
        String listed = "answers.level in ['often', 'rarely']";
        assertThat(problems(listed)).containsExactly(at(listed, "'rarely'", "'rarely' is not an option of answers.level; its options are 'Never', 'sometimes', 'often'"));
        String ordered = "answers.level > 'often'";
        assertThat(problems(ordered)).containsExactly(at(ordered, "answers", "the choice answers.level has no order, so '>' does not apply; "
                + "compare by name with == or !=, or by the option's value (a number)"));
    }

    @Test
    void yesNoIsComparedWithYesOrNo() {
        String word = "answers.safe == 'true'";
        assertThat(problems(word)).containsExactly(at(word, "'true'", "answers.safe is a yes/no question, and 'true' is neither 'yes' nor 'no'; compare it with 'yes' or 'no'"));
        String upper = "answers.safe != 'No'";
        assertThat(problems(upper)).containsExactly(at(upper, "'No'", "answers.safe is a yes/no question, and 'No' is neither 'yes' nor 'no'; "
                + "did you mean 'no'? yes/no answers are written in lower case"));
        String number = "answers.safe == 1";
        assertThat(problems(number)).containsExactly(at(number, "answers", "answers.safe == 1 compares the yes/no answer answers.safe with a number, "
                + "which are different kinds of value; compare it like this: answers.safe == 'yes'"));
        String bare = "answers.safe";
        assertThat(problems(bare)).containsExactly(at(bare, "answers", "the condition is the yes/no answer answers.safe, not true or false; "
                + "compare it, e.g. answers.safe == 'yes'"));
    }

    @Test
    void bandsAreComparedWithTheirOwnLabels() {
        String c = "bands.s == 'high'";
        assertThat(problems(c)).containsExactly(at(c, "'high'", "'high' is not a band of s; known bands: hi, lo"));
    }

    @Test
    void numbersOutsideTheRangeCanNeverBeTrue() {
        String c = "answers.x >= 5";
        assertThat(problems(c)).containsExactly(at(c, "answers", "answers.x >= 5 can never be true: answers.x is from 1 to 4; compare with a number from 1 to 4"));
        String flipped = "5 <= answers.x";
        assertThat(problems(flipped)).containsExactly(at(flipped, "5", "5 <= answers.x can never be true: answers.x is from 1 to 4; compare with a number from 1 to 4"));
        String score = "scores.s > 2";
        assertThat(problems(score)).containsExactly(at(score, "scores", "scores.s > 2 can never be true: scores.s is from 0 to 2; compare with a number from 0 to 2"));
        String count = "count(answers.topics) > 2";
        assertThat(problems(count)).containsExactly(at(count, "count", "count(answers.topics) > 2 can never be true: the left side is from 0 to 2; compare with a number from 0 to 2"));
    }

    @Test
    void comparisonsThatAlwaysHoldAreMistakesToo() {
        String c = "answers.x >= 1";
        assertThat(problems(c)).containsExactly(at(c, "answers", "answers.x >= 1 is always true when there is a value: answers.x is from 1 to 4; "
                + "to test that it has a value write answered(answers.x); otherwise compare with a number from 1 to 4"));
        String fixed = "answers.x > 1 || 2 > 1";
        assertThat(problems(fixed)).containsExactly(at(fixed, "2 > 1", "2 > 1 compares two fixed values, so it is always the same; compare an answer, score, band or flag"));
        String constant = "true";
        assertThat(problems(constant)).containsExactly(at(constant, "true", "the condition reads no answer, score, band or flag, so it is always the same; "
                + "name what it depends on, e.g. answers.item_id == 'yes'"));
    }

    @Test
    void multipleChoiceIsTestedWithInOrCount() {
        String c = "answers.topics == 'ethics'";
        assertThat(problems(c)).containsExactly(at(c, "answers", "the multiple choice answers.topics holds several options and cannot be compared; "
                + "test one option with 'key' in answers.topics, or count them with count(answers.topics)"));
        String unknown = "'ehtics' in answers.topics";
        assertThat(problems(unknown)).containsExactly(at(unknown, "'ehtics'", "'ehtics' is not an option of answers.topics; did you mean 'ethics'?"));
        String number = "count(answers.level) > 1";
        assertThat(problems(number)).containsExactly(at(number, "answers.level", "count() counts the ticked options of a multiple choice, "
                + "and answers.level is the choice answers.level; e.g. count(answers.topics) >= 2"));
    }

    @Test
    void nullIsOnlyComparedForEquality() {
        String c = "answers.x > null";
        assertThat(problems(c)).containsExactly(at(c, "answers", "only == and != work with null; test for an answer with answered(answers.x)"));
    }

    @Test
    void everyProblemInOneConditionIsReported() {
        String c = "answers.level == 'Yes' || bands.s == 'high' || answers.x >= 9";
        assertThat(problems(c)).containsExactly(
                at(c, "'Yes'", "'Yes' is not an option of answers.level; its options are 'Never', 'sometimes', 'often'"),
                at(c, "'high'", "'high' is not a band of s; known bands: hi, lo"),
                at(c, "answers.x", "answers.x >= 9 can never be true: answers.x is from 1 to 4; compare with a number from 1 to 4"));
    }

    @Test
    void javaIsOutOfReach() {
        String property = "answers.notes.class == 'x'";
        assertThat(problems(property)).containsExactly(at(property, ".class", "'answers.notes' is followed by .; "
                + "a name has two parts, such as answers.item_id; conditions read no properties and call no methods"));
        String size = "size(answers.notes) > 1";
        assertThat(problems(size)).containsExactly(at(size, "size", "'size' is not a function attune knows; the functions are answered, count, min, max"));
        String instance = "answers.notes instanceof 'java.math.BigDecimal'";
        assertThat(problems(instance)).containsExactly(at(instance, "instanceof", "unexpected 'instanceof'; "
                + "the condition should end here, or join the next part with && or ||"));
        String namespace = "math:max(1, 2) > 1";
        assertThat(problems(namespace)).containsExactly(at(namespace, ":", "':' is not part of attune conditions; "
                + "call a function by its name alone: answered(...), count(...), min(...) or max(...)"));
        String unknownFunction = "foo(1) > 0";
        assertThat(problems(unknownFunction)).containsExactly(at(unknownFunction, "foo", "'foo' is not a function attune knows; the functions are answered, count, min, max"));
    }

    @Test
    void regexesRangesAndAssignmentAreRefusedWithWhatToWrite() {
        String regex = "answers.notes =~ 'a+'";
        assertThat(problems(regex)).containsExactly(at(regex, "=~", "'=~' is not part of attune conditions; "
                + "test membership with in: 'ethics' in answers.topics, or answers.level in [1, 2]"));
        String range = "answers.x in 1..1000000000";
        assertThat(problems(range)).containsExactly(at(range, "..", "'..' is not part of attune conditions; conditions only compare, combine and compute values"));
        String assign = "answers.x = 1";
        assertThat(problems(assign)).containsExactly(at(assign, "=", "a single = assigns, and conditions never assign; use == to compare"));
        String hex = "answers.open == 0x4";
        assertThat(problems(hex)).containsExactly(at(hex, "0x4", "'0x4' is not a number attune reads; write numbers as plain decimals, such as 12 or 3.5"));
    }
    /** The place of the quote before the first 'oftne' in the file, as "line:column" (both 1-based). */
    private static String placeOfMistake(String yaml) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int col = lines.get(i).indexOf("oftne");
            if (col >= 0) {
                return (i + 1) + ":" + (col - (lines.get(i).startsWith("''", col - 2) ? 1 : 0));
            }
        }
        throw new AssertionError("no mistake in " + yaml);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "when: \"answers.x >= 2 && answers.level == 'oftne'\"",
        "when: answers.x >= 2 && answers.level == 'oftne'",
        "when: 'answers.level == ''often'' && answers.level == ''oftne'''",
        "when: \"answers.x >= 2 && \\u0061nswers.level == 'oftne'\"",
        "when: \"answers.x >= 2 &&\n        answers.level == 'oftne'\"",
        "when: >-\n        answers.x >= 2 &&\n        answers.level == 'oftne'",
        "when: |\n        answers.x >= 2\n          && answers.level == 'oftne'",
    })
    void everyYamlStyleOfConditionPointsAtTheMistake(String when) {
        String yaml = QUESTIONNAIRE.replace("- {id: f, severity: info, message: Hi, when: \"%s\"}",
                "- id: f\n    severity: info\n    message: Hi\n    " + when);
        assertThat(LoaderProblems.of(yaml)).singleElement().asString()
                .startsWith(placeOfMistake(yaml) + ": the condition of flag 'f': 'oftne' is not an option of answers.level");
    }
    @Test
    void operatorsFromOtherLanguagesSayWhatToWrite() {
        String ne = "answers.x <> 2";
        assertThat(problems(ne)).containsExactly(at(ne, "<>", "'<>' is not part of attune conditions; use != for 'not equal'"));
        String strict = "answers.x === 2";
        assertThat(problems(strict)).containsExactly(at(strict, "===", "'===' is not part of attune conditions; use == to compare"));
    }

    @Test
    void aSuggestedFixIsItselfValid() {
        String wrongKind = "answers.open == 'x'";
        assertThat(problems(wrongKind)).singleElement().asString().endsWith("compare it like this: answers.open > 1");
        String bare = "answers.x";
        assertThat(problems(bare)).singleElement().asString().endsWith("compare it, e.g. answers.x > 1");
        valid("answers.x > 1");
    }

    @Test
    void aShowIfThatReadsItsOwnItemSaysSo() {
        String yaml = QUESTIONNAIRE.replace("{id: notes, type: text, text: \"Notes?\"}",
                "{id: notes, type: text, text: \"Notes?\", showIf: \"answered(answers.notes)\"}").formatted("answers.x > 1");
        assertThat(LoaderProblems.of(yaml)).singleElement().asString()
                .contains("the showIf of item 'notes': answers.notes is the answer to this very item; a showIf may read only items asked before it");
    }
}
