package org.attune.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded generator of random and hostile conditions: well-formed trees, token soup, mutations,
 * deep nesting, long chains, odd characters and huge numbers. No exception may escape checking or
 * evaluation, the truth alone (without witnesses) agrees with a full evaluation, every problem has a
 * place inside the text, and no single check is slow.
 */
class ConditionFuzzTest {
    private static final long SEED = 20261122L;
    private static final int CASES = 6000;
    private static final String[] NAMES = {"answers.a", "answers.b", "answers.level", "answers.topics", "answers.safe",
        "scores.s", "bands.s", "flags.f", "answers.nope", "answer.a", "answers", "flags"};
    private static final String[] LITERALS = {"0", "1", "2.5", "4", "99999999999999999999", "'often'", "'yes'", "'high'",
        "'ethics'", "null", "true", "false", "'\u00e9t\u00e9'", "\"x\""};
    private static final String[] TOKENS = {"&&", "||", "!", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "(", ")",
        "[", "]", ",", ".", "in", "and", "or", "not", "=", "=~", "..", "?", ":", "&", "|", "min(", "max(", "count(", "answered(",
        "size(", "new", "'", "\"", "\\", "\u0000", "\u001b[31m", "\u202e", "\ud83d\ude00", "1e999", "0x4", "1_000", ";", "{", "}"};

    private final Random random = new Random(SEED);

    @Test
    void noInputEscapesOrHangs() {
        for (int i = 0; i < 200; i++) {
            check(wellFormed(3)); // warm the JIT, so the timings below are the checker's, not start-up
        }
        int valid = 0;
        long slowestNanos = 0;
        String slowest = "";
        for (int i = 0; i < CASES; i++) {
            String text = next(i);
            long start = System.nanoTime();
            Conditions.Checked checked = check(text);
            long took = System.nanoTime() - start;
            if (took > 50_000_000) {
                took = Math.min(took, retimed(text)); // a pause of the collector or the scheduler is not the checker's time
            }
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = text;
            }
            if (checked.ok()) {
                valid++;
                java.util.Map<Name, Value> drawn = new java.util.HashMap<>();
                Values values = name -> drawn.computeIfAbsent(name, this::randomValue);
                // the truth alone, without witnesses, is the same truth
                assertThat(Conditions.holds(checked.tree(), values)).as(text).isEqualTo(Conditions.evaluate(checked.tree(), values).holds());
            } else {
                for (Problem p : checked.problems()) {
                    assertThat(p.offset()).as("offset of %s in %s", p, text).isBetween(0, text.length());
                    assertThat(p.message()).isNotBlank();
                    assertThat(p.fix()).isNotBlank();
                }
            }
        }
        System.out.printf("condition fuzz: %d cases, %d valid, %d refused with a place; slowest check %.2f ms%n",
                CASES, valid, CASES - valid, slowestNanos / 1e6);
        assertThat(valid).as("the generator must also make valid conditions").isGreaterThan(CASES / 20);
        assertThat(slowestNanos / 1e6).as("slowest check, for: %s", slowest.length() > 80 ? slowest.substring(0, 80) + "…" : slowest)
                .isLessThan(50);
    }

    private static long retimed(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            check(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static Conditions.Checked check(String text) {
        return Conditions.check(text, TestNames.VOCABULARY, Limits.DEFAULT);
    }

    private String next(int i) {
        return switch (i % 6) {
            case 0, 1 -> wellFormed(1 + random.nextInt(6));
            case 2 -> soup(1 + random.nextInt(40));
            case 3 -> mutate(wellFormed(3));
            case 4 -> hostile();
            default -> comparison();
        };
    }

    private String wellFormed(int depth) {
        if (depth <= 0 || random.nextInt(4) == 0) {
            return comparison();
        }
        return switch (random.nextInt(5)) {
            case 0 -> wellFormed(depth - 1) + " && " + wellFormed(depth - 1);
            case 1 -> wellFormed(depth - 1) + " || " + wellFormed(depth - 1);
            case 2 -> "!(" + wellFormed(depth - 1) + ")";
            case 3 -> "(" + wellFormed(depth - 1) + ")";
            default -> "flags.f";
        };
    }

    private String comparison() {
        return switch (random.nextInt(7)) {
            case 0 -> "answers.a " + pick(new String[] {"<", "<=", ">", ">=", "==", "!="}) + " " + random.nextInt(6);
            case 1 -> "answers.level == " + pick(new String[] {"'often'", "'never'", "'Often'", "2", "0", "'sometimes'"});
            case 2 -> "'ethics' in answers.topics";
            case 3 -> "bands.s == " + pick(new String[] {"'low'", "'high'", "'hi'"});
            case 4 -> "min(answers.a, answers.b) " + pick(new String[] {"<", ">="}) + " " + random.nextInt(5);
            case 5 -> "answered(" + pick(new String[] {"answers.a", "scores.s", "flags.f"}) + ")";
            default -> pick(NAMES) + " " + pick(new String[] {"==", "<", "in", "+"}) + " " + pick(LITERALS);
        };
    }

    private String soup(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(3);
            text.append(kind == 0 ? pick(NAMES) : kind == 1 ? pick(LITERALS) : pick(TOKENS)).append(random.nextBoolean() ? " " : "");
        }
        return text.toString();
    }

    private String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        for (int i = 0, n = 1 + random.nextInt(4); i < n && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, pick(TOKENS));
                default -> s.setCharAt(at, (char) random.nextInt(0x3000));
            }
        }
        return s.toString();
    }

    private String hostile() {
        int n = 10 + random.nextInt(3000);
        return switch (random.nextInt(8)) {
            case 0 -> "(".repeat(n) + "flags.f" + ")".repeat(n);
            case 1 -> "!".repeat(n) + "flags.f";
            case 2 -> "-".repeat(n) + "answers.a > 1";
            case 3 -> "1" + " + 1".repeat(n / 4) + " > answers.a";
            case 4 -> "flags.f" + " || flags.f".repeat(n / 11);
            case 5 -> "answers.a > " + "9".repeat(n);
            case 6 -> "'" + "x".repeat(n);
            default -> "min(" + "answers.a, ".repeat(n / 11) + "1) > 0";
        };
    }

    private Value randomValue(Name name) {
        if (random.nextInt(4) == 0) {
            return Value.MISSING;
        }
        return switch (name.root()) {
            case FLAGS -> Value.of(random.nextBoolean());
            case BANDS -> new Value.Text(random.nextBoolean() ? "low" : "high");
            case SCORES -> new Value.Number(BigDecimal.valueOf(random.nextInt(11)));
            case ANSWERS -> switch (name.id()) {
                case "level" -> new Value.Picked(random.nextBoolean() ? TestNames.NEVER : TestNames.OFTEN);
                case "topics" -> new Value.Ticked(random.nextBoolean() ? List.of(TestNames.ETHICS) : new ArrayList<>());
                case "safe" -> new Value.Text(random.nextBoolean() ? "yes" : "no");
                default -> new Value.Number(BigDecimal.valueOf(random.nextInt(5)));
            };
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
