package org.attune.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One thing shown in a session: a question of some kind, or a text to read. */
public sealed interface Item
        permits Item.SingleChoice, Item.MultipleChoice, Item.YesNo, Item.NumberItem, Item.FreeText, Item.Information {

    ItemCommon common();

    default String id() {
        return common().id();
    }

    default String text() {
        return common().text();
    }

    default Optional<Condition> showIf() {
        return common().showIf();
    }

    /** False only for information texts, which take no answer. */
    default boolean isQuestion() {
        return true;
    }

    /** The options to pick from; only choice and multiple-choice items have any (their record accessors). */
    default List<ResponseOption> options() {
        return List.of();
    }

    /** The kind name written in YAML, used in messages. */
    String kind();

    /** Pick one option, either from a shared scale or from the item's own list. */
    record SingleChoice(ItemCommon common, Optional<String> scaleId, List<ResponseOption> options) implements Item {
        public SingleChoice {
            options = List.copyOf(options);
        }

        @Override
        public String kind() {
            return "choice";
        }
    }

    /** Pick any number of options; scores as the sum of the picked values. */
    record MultipleChoice(ItemCommon common, List<ResponseOption> options) implements Item {
        public MultipleChoice {
            options = List.copyOf(options);
        }

        @Override
        public String kind() {
            return "multi";
        }
    }

    /** Yes scores 1 and no scores 0 (swapped when reverse). */
    record YesNo(ItemCommon common) implements Item {
        @Override
        public String kind() {
            return "yesno";
        }
    }

    record NumberItem(ItemCommon common, Optional<BigDecimal> min, Optional<BigDecimal> max) implements Item {
        @Override
        public String kind() {
            return "number";
        }
    }

    /** Never scored. Private text stays out of every report. */
    record FreeText(ItemCommon common, boolean multiline, boolean isPrivate, int maxLength) implements Item {
        @Override
        public String kind() {
            return "text";
        }
    }

    record Information(ItemCommon common) implements Item {
        @Override
        public boolean isQuestion() {
            return false;
        }

        @Override
        public String kind() {
            return "info";
        }
    }
}
