package org.attune.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.condition.TestNames.answer;
import static org.attune.condition.TestNames.answers;
import static org.attune.condition.TestNames.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Truth tables for the names that decide a condition. Each row sets a, b and c (0 is false for
 * "x >= 2", 3 is true, '-' leaves the item unanswered) and lists the deciding names.
 */
class WitnessTest {

    private static Verdict evaluate(String condition, String a, String b, String c) {
        Map<String, Integer> given = new LinkedHashMap<>();
        put(given, "a", a);
        put(given, "b", b);
        put(given, "c", c);
        return Conditions.evaluate(parse(condition), answers(given));
    }

    private static void put(Map<String, Integer> given, String id, String value) {
        if (!value.equals("-")) {
            given.put(id, Integer.parseInt(value));
        }
    }

    private static List<String> ids(Verdict verdict) {
        return verdict.deciding().stream().map(Name::id).toList();
    }

    @ParameterizedTest(name = "a={0} b={1} c={2}: {3} by {4}")
    @CsvSource(delimiter = ';', value = {
        "0; 0; 0; false; a b c",
        "3; 0; 0; true; a",
        "0; 3; 0; true; b",
        "0; 0; 3; true; c",
        "3; 3; 0; true; a b",
        "3; 3; 3; true; a b c",
        "-; 3; -; true; b",
        "-; -; -; false; a b c",
    })
    void orIsDecidedByItsTrueParts(String a, String b, String c, boolean holds, String deciding) {
        Verdict v = evaluate("answers.a >= 2 || answers.b >= 2 || answers.c >= 2", a, b, c);
        assertThat(v.holds()).isEqualTo(holds);
        assertThat(ids(v)).containsExactly(deciding.split(" "));
    }

    @ParameterizedTest(name = "a={0} b={1} c={2}: {3} by {4}")
    @CsvSource(delimiter = ';', value = {
        "3; 3; 3; true; a b c",
        "0; 3; 3; false; a",
        "3; 0; 0; false; b c",
        "0; 0; 0; false; a b c",
        "-; 3; 3; false; a",
    })
    void andIsDecidedByAllPartsOrItsFalseParts(String a, String b, String c, boolean holds, String deciding) {
        Verdict v = evaluate("answers.a >= 2 && answers.b >= 2 && answers.c >= 2", a, b, c);
        assertThat(v.holds()).isEqualTo(holds);
        assertThat(ids(v)).containsExactly(deciding.split(" "));
    }

    @ParameterizedTest(name = "a={0} b={1} c={2}: {3} by {4}")
    @CsvSource(delimiter = ';', value = {
        "0; 0; 0; true; a b",
        "3; 0; 0; false; a",
        "0; 3; 0; false; b",
        "-; 0; 0; true; a b",
        "-; -; 0; true; a b",
    })
    void notIsDecidedByTheNamesUnderIt(String a, String b, String c, boolean holds, String deciding) {
        Verdict v = evaluate("!(answers.a >= 2 || answers.b >= 2)", a, b, c);
        assertThat(v.holds()).isEqualTo(holds);
        assertThat(ids(v)).containsExactly(deciding.split(" "));
    }

    @ParameterizedTest(name = "a={0} b={1} c={2}: {3} by {4}")
    @CsvSource(delimiter = ';', value = {
        "3; 3; 0; true; a b",
        "3; 0; 3; true; a c",
        "3; 3; 3; true; a b c",
        "3; 0; 0; false; b c",
        "0; 3; 3; false; a",
        "-; 3; 3; false; a",
        "3; -; 3; true; a c",
    })
    void nestedMixes(String a, String b, String c, boolean holds, String deciding) {
        Verdict v = evaluate("answers.a >= 2 && (answers.b >= 2 || !(answers.c < 2))", a, b, c);
        assertThat(v.holds()).isEqualTo(holds);
        assertThat(ids(v)).containsExactly(deciding.split(" "));
    }

    @Test
    void aComparisonWithAnUnansweredItemIsFalseAndNeverZero() {
        assertThat(evaluate("answers.a < 1", "-", "0", "0").holds()).isFalse();
        assertThat(evaluate("answers.a == 0", "-", "0", "0").holds()).isFalse();
        assertThat(evaluate("answers.a != 0", "-", "0", "0").holds()).isFalse();
        assertThat(evaluate("answers.a + answers.b >= 1", "-", "3", "0").holds()).isFalse();
        assertThat(evaluate("min(answers.a, answers.b) < 4", "-", "0", "0").holds()).isFalse();
    }

    @Test
    void nullAndAnsweredTestForAnAnswer() {
        assertThat(evaluate("answers.a == null", "-", "0", "0").holds()).isTrue();
        assertThat(evaluate("answers.a != null", "-", "0", "0").holds()).isFalse();
        assertThat(evaluate("!answered(answers.a)", "-", "0", "0")).isEqualTo(new Verdict(true, List.of(answer("a"))));
        assertThat(evaluate("answered(answers.b)", "-", "0", "0").holds()).isTrue();
    }

    @Test
    void arithmeticAndFunctions() {
        assertThat(evaluate("answers.a * 2 + answers.b / 4 == 6.75", "3", "3", "0").holds()).isTrue();
        assertThat(evaluate("answers.a % answers.b == 1", "3", "2", "0").holds()).isTrue();
        assertThat(evaluate("answers.a / answers.b >= 0", "3", "0", "0").holds()).as("division by zero is missing").isFalse();
        assertThat(evaluate("min(answers.a, answers.b, answers.c) == 1 && max(answers.a, answers.b) == 3", "3", "1", "2").holds()).isTrue();
        assertThat(evaluate("answers.a in [1, 3]", "3", "0", "0").holds()).isTrue();
        assertThat(evaluate("answers.a in [1, 2]", "3", "0", "0").holds()).isFalse();
    }

    @Test
    void choicesCompareByValueOrByName() {
        Values picked = name -> name.id().equals("level") ? new Value.Picked(TestNames.OFTEN) : Value.MISSING;
        assertThat(Conditions.evaluate(parse("answers.level == 'often'"), picked).holds()).isTrue();
        assertThat(Conditions.evaluate(parse("answers.level == 'Often'"), picked).holds()).isTrue();
        assertThat(Conditions.evaluate(parse("answers.level == 2 && answers.level > 1"), picked).holds()).isTrue();
        assertThat(Conditions.evaluate(parse("answers.level in ['never']"), picked).holds()).isFalse();
        assertThat(Conditions.evaluate(parse("answers.level != 'never'"), picked).holds()).isTrue();
    }

    @Test
    void multipleChoiceMembershipAndCount() {
        Values ticked = name -> name.id().equals("topics") ? new Value.Ticked(List.of(TestNames.ETHICS)) : Value.MISSING;
        assertThat(Conditions.evaluate(parse("'ethics' in answers.topics"), ticked).holds()).isTrue();
        assertThat(Conditions.evaluate(parse("count(answers.topics) == 1"), ticked).holds()).isTrue();
        Values none = name -> name.id().equals("topics") ? new Value.Ticked(List.of()) : Value.MISSING;
        assertThat(Conditions.evaluate(parse("count(answers.topics) == 0"), none).holds()).isTrue();
        assertThat(Conditions.evaluate(parse("count(answers.topics) == 0"), name -> Value.MISSING).holds()).isFalse();
    }

    @Test
    void flagsAndBands() {
        Values values = name -> switch (name.root()) {
            case FLAGS -> Value.of(name.id().equals("raised"));
            case BANDS -> new Value.Text("high");
            default -> Value.MISSING;
        };
        Verdict v = Conditions.evaluate(parse("flags.raised || flags.quiet || bands.s == 'low'"), values);
        assertThat(v).isEqualTo(new Verdict(true, List.of(new Name(Root.FLAGS, "raised"))));
        assertThat(Conditions.evaluate(parse("!flags.quiet && bands.s == 'high'"), values).deciding())
                .containsExactly(new Name(Root.FLAGS, "quiet"), new Name(Root.BANDS, "s"));
    }
}
