package org.attune.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grammar: precedence, words for operators, literals, and what is refused with its offset. */
class ParserTest {

    private static String printed(String text) throws ConditionSyntaxException {
        return Printer.print(Parser.parse(text, Limits.DEFAULT));
    }

    private static Problem refused(String text) {
        return refused(text, Limits.DEFAULT);
    }

    private static Problem refused(String text, Limits limits) {
        try {
            Parser.parse(text, limits);
        } catch (ConditionSyntaxException e) {
            return e.problem();
        }
        throw new AssertionError("expected a syntax error: " + text);
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanBoth() throws Exception {
        assertThat(printed("answers.a > 1 || answers.b > 1 && !answers.c > 1")).isEqualTo("answers.a > 1 || (answers.b > 1 && !(answers.c > 1))");
        assertThat(printed("(answers.a > 1 or answers.b > 1) and not flags.f")).isEqualTo("(answers.a > 1 || answers.b > 1) && !flags.f");
    }

    @Test
    void arithmeticHasTheUsualPrecedence() throws Exception {
        assertThat(printed("answers.a + answers.b * 2 - -1 >= 3 % 2")).isEqualTo("answers.a + (answers.b * 2) - -1 >= 3 % 2");
    }

    @Test
    void literalsListsAndCalls() throws Exception {
        assertThat(printed("answers.level in ['often', \"never\"]")).isEqualTo("answers.level in ['often', 'never']");
        assertThat(printed("min(scores.a, scores.b, 2.50) == null")).isEqualTo("min(scores.a, scores.b, 2.5) == null");
        assertThat(printed("answered(answers.notes) == true")).isEqualTo("answered(answers.notes) == true");
        assertThat(printed("'it\\'s' == answers.t")).isEqualTo("'it's' == answers.t");
    }

    @Test
    void longChainsStayFlat() throws Exception {
        Expr tree = Parser.parse(String.join(" || ", java.util.Collections.nCopies(120, "flags.f")), Limits.DEFAULT);
        assertThat(((Expr.Logic) tree).parts()).hasSize(120);
    }

    @Test
    void refusalsPointAtTheirPlace() {
        assertThat(refused("answers.a > ")).isEqualTo(new Problem(10, "the condition ends after '>'",
                "a value belongs here: a name such as answers.item_id, a number, or 'text'"));
        assertThat(refused("(answers.a > 1")).isEqualTo(new Problem(0, "the condition ends before ( is closed", "close the parenthesis opened here with )"));
        assertThat(refused("answers.a > 1 answers.b")).isEqualTo(new Problem(14, "unexpected 'answers'",
                "the condition should end here, or join the next part with && or ||"));
        assertThat(refused("1 < answers.a < 3")).isEqualTo(new Problem(14, "one comparison follows another",
                "compare two things at a time and join comparisons with &&, e.g. answers.x >= 1 && answers.x <= 3"));
        assertThat(refused("answers.t == 'open")).isEqualTo(new Problem(13, "a text that starts here has no closing '",
                "end the text with ', e.g. answers.item == 'yes'"));
        assertThat(refused("answers")).isEqualTo(new Problem(0, "'answers' needs an id after it", "name one entry, e.g. answers.some_id"));
        assertThat(refused("answers.a & 1").offset()).isEqualTo(10);
        assertThat(refused("answers.a | 1").offset()).isEqualTo(10);
        assertThat(refused("answers.a ? 1 : 2").message()).isEqualTo("conditions have no if-then-else (? :)");
        assertThat(refused("answers.a > 1e9999999999").message()).isEqualTo("'1e9999999999' is not a number attune reads");
        assertThat(refused("answers.a > 1_000").message()).isEqualTo("'1_000' is not a number attune reads");
        assertThat(refused("answers.a > " + "9".repeat(31)).message()).isEqualTo("a number is longer than 30 characters");
        assertThat(refused("answers.a > 1 \u001b[2J")).isEqualTo(new Problem(14, "the character U+001B has no meaning in a condition",
                "conditions use names such as answers.item_id, numbers, 'text', comparisons, && || ! and parentheses"));
        assertThat(refused("answers.ä > 1").message()).isEqualTo("the character U+00E4 has no meaning in a condition");
        assertThat(refused("   ").message()).isEqualTo("the condition is empty");
        assertThat(refused("min(1) > 0")).isEqualTo(new Problem(0, "min takes 2 to 32 values, not 1", "e.g. min(scores.a, scores.b) < 2"));
        assertThat(refused("count(answers.a, answers.b) > 0").message()).isEqualTo("count takes one value, not 2");
    }

    @Test
    void limitsStopHostileTextsWithAPlace() {
        Limits limits = Limits.DEFAULT;
        assertThat(refused("(".repeat(350) + "answers.a > 1" + ")".repeat(350))).isEqualTo(new Problem(64,
                "the condition is nested more than 64 levels deep", "remove parentheses or negations that are not needed, or split the condition"));
        assertThat(refused("!".repeat(1500) + "flags.f").offset()).isEqualTo(64);
        assertThat(refused("-".repeat(1500) + "answers.a > 1").offset()).isEqualTo(64);
        assertThat(refused("!".repeat(3000) + "flags.f").message()).isEqualTo("the condition is 3007 characters long; the most is 2000");
        assertThat(refused(String.join(" + ", java.util.Collections.nCopies(257, "1")) + " > answers.a").message())
                .isEqualTo("the condition has more than 256 terms");
        assertThat(refused("answers.a > 1 ".repeat(200)).message()).isEqualTo("the condition is 2800 characters long; the most is 2000");
        assertThat(refused("answers.a > 1 || answers.b > 1", new Limits(2000, 64, 1)).message()).isEqualTo("the condition has more than 1 terms");
        assertThat(limits.maxDepth()).isEqualTo(64);
    }

    @Test
    void wordsAreOnlyOperatorsWhereAnOperatorBelongs() {
        assertThat(refused("and answers.a > 1")).isEqualTo(new Problem(0, "unexpected 'and'", "a value belongs before 'and'"));
        assertThat(List.of(refused("flags.f or").message())).containsExactly("the condition ends after 'or'");
    }
}
