package org.attune.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.condition.Name;
import org.attune.condition.Option;
import org.attune.condition.Root;
import org.attune.condition.Value;
import org.attune.condition.Values;
import org.attune.condition.Verdict;
import org.attune.definition.Flag;
import org.attune.definition.Item;
import org.attune.definition.ResponseOption;

/**
 * Whether a flag that did not fire could have fired had the unanswered items it reads been answered:
 * every combination of their possible answers is tried (an unbounded number tries its min, max or 0),
 * up to a bound past which the flag is taken as possibly firing.
 */
final class UnansweredFlags {
    private static final int MAX_COMBINATIONS = 4096;

    private UnansweredFlags() {}

    /**
     * The names that would decide the flag had the unanswered items it reads been answered so that it
     * fires (those items among them); empty when no answer to them could make it fire.
     */
    static List<Name> couldFire(Flag flag, Values answered, Map<String, Item> unanswered) {
        List<Item> read = new ArrayList<>();
        for (Name name : flag.when().reads()) {
            Item item = name.root() == Root.ANSWERS ? unanswered.get(name.id()) : null;
            if (item != null) {
                read.add(item);
            }
        }
        if (read.isEmpty()) {
            return List.of();
        }
        List<Name> unansweredNames = read.stream().map(i -> new Name(Root.ANSWERS, i.id())).toList();
        List<List<Value>> choices = read.stream().map(UnansweredFlags::possibleAnswers).toList();
        long combinations = choices.stream().mapToLong(List::size).reduce(1, Math::multiplyExact);
        if (combinations > MAX_COMBINATIONS) {
            return unansweredNames;
        }
        return tryAll(flag, answered, read, choices, 0, new HashMap<>()).map(Verdict::deciding).orElse(List.of());
    }

    private static java.util.Optional<Verdict> tryAll(Flag flag, Values answered, List<Item> read, List<List<Value>> choices, int index,
            Map<String, Value> given) {
        if (index == read.size()) {
            Values values = name -> name.root() == Root.ANSWERS && given.containsKey(name.id()) ? given.get(name.id()) : answered.of(name);
            return flag.when().holding(values);
        }
        for (Value value : choices.get(index)) {
            given.put(read.get(index).id(), value);
            java.util.Optional<Verdict> found = tryAll(flag, answered, read, choices, index + 1, given);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Value> possibleAnswers(Item item) {
        List<Value> values = new ArrayList<>();
        if (item instanceof Item.SingleChoice choice) {
            choice.options().forEach(o -> values.add(new Value.Picked(o.asConditionOption())));
        } else if (item instanceof Item.MultipleChoice multi) {
            List<Option> all = multi.options().stream().map(ResponseOption::asConditionOption).toList();
            values.add(new Value.Ticked(List.of()));
            values.add(new Value.Ticked(all));
            all.forEach(o -> values.add(new Value.Ticked(List.of(o))));
        } else if (item instanceof Item.YesNo) {
            values.add(new Value.Text("yes"));
            values.add(new Value.Text("no"));
        } else if (item instanceof Item.NumberItem number) {
            values.add(new Value.Number(number.min().orElse(BigDecimal.ZERO)));
            number.max().ifPresent(max -> values.add(new Value.Number(max)));
            if (number.min().isEmpty() || number.max().isEmpty()) {
                values.add(new Value.Number(number.max().isEmpty() ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(-1_000_000)));
            }
        } else {
            values.add(new Value.Text(""));
        }
        return values;
    }
}
