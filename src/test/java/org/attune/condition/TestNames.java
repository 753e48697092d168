package org.attune.condition;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small vocabulary and value set for condition tests: numbers a, b, c (0-4), a choice, a multi, a band, a flag. */
final class TestNames {
    static final Option NEVER = new Option(BigDecimal.ZERO, "never", "Never");
    static final Option OFTEN = new Option(BigDecimal.valueOf(2), "often", "Often");
    static final Option ETHICS = new Option(BigDecimal.ZERO, "ethics", "Ethics");

    static final Vocabulary VOCABULARY = name -> switch (name.root()) {
        case ANSWERS -> switch (name.id()) {
            case "a", "b", "c" -> new Vocabulary.Found(new ValueType.Numeric(Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.valueOf(4))));
            case "level" -> new Vocabulary.Found(new ValueType.Choice(List.of(NEVER, OFTEN)));
            case "topics" -> new Vocabulary.Found(new ValueType.Multi(List.of(ETHICS)));
            case "safe" -> new Vocabulary.Found(new ValueType.YesNo());
            default -> new Vocabulary.Refused(name + " does not exist", "use a, b or c");
        };
        case SCORES -> new Vocabulary.Found(new ValueType.Numeric(Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.TEN)));
        case BANDS -> new Vocabulary.Found(new ValueType.Band(List.of("low", "high")));
        case FLAGS -> new Vocabulary.Found(new ValueType.Flag());
    };

    private TestNames() {}

    static Expr parse(String text) {
        Conditions.Checked checked = Conditions.check(text, VOCABULARY, Limits.DEFAULT);
        if (!checked.ok()) {
            throw new AssertionError(text + ": " + checked.problems());
        }
        return checked.tree();
    }

    static Name answer(String id) {
        return new Name(Root.ANSWERS, id);
    }

    /** Values where the given answers hold numbers; every other answer is missing. */
    static Values answers(Map<String, Integer> numbers) {
        Map<Name, Value> values = new HashMap<>();
        numbers.forEach((id, n) -> values.put(answer(id), new Value.Number(BigDecimal.valueOf(n))));
        return name -> values.getOrDefault(name, Value.MISSING);
    }
}
