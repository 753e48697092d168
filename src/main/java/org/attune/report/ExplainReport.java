package org.attune.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attune.definition.Band;
import org.attune.condition.Name;
import org.attune.definition.Condition;
import org.attune.definition.IfUnanswered;
import org.attune.definition.MissingItems;
import org.attune.definition.RulesOut;
import org.attune.definition.Flag;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.Recommendation;
import org.attune.definition.Score;
import org.attune.definition.ScoreMethod;

/**
 * How a questionnaire is scored, in plain words: for trainers checking a questionnaire before giving
 * it to a group. Every rule is listed with what its condition reads.
 */
public final class ExplainReport {
    private final Questionnaire q;
    private final TextStyle style;
    private final TextCanvas out;

    private ExplainReport(Questionnaire q, TextStyle style) {
        this.q = q;
        this.style = style;
        this.out = new TextCanvas(style);
    }

    public static String render(Questionnaire questionnaire, TextStyle style) {
        return new ExplainReport(questionnaire, style).write();
    }

    private String write() {
        out.line(style.bold(q.header().title()) + style.dim("  (" + q.id() + " " + q.header().version() + ")"));
        out.paragraph(q.questions().size() + " questions in " + q.sections().size() + " sections, about "
                + q.header().estimatedMinutes() + " minutes.", "");
        scales();
        conditionalItems();
        scores();
        flags();
        recommendations();
        if (!q.endingChecklist().isEmpty()) {
            out.blank();
            out.heading("ENDING-WELL CHECKLIST");
            out.paragraph("Shown when the recommendation, or another that also matches, is refer, end-well or coaching:", "  ");
            q.endingChecklist().forEach(step -> out.hanging(style.checkbox() + " ", step, "  "));
        }
        return out.toString();
    }

    private void scales() {
        if (q.scales().isEmpty()) {
            return;
        }
        out.blank();
        out.heading("SCALES");
        for (org.attune.definition.Scale scale : q.scales()) {
            out.hanging(scale.id() + ": ", String.join(", ", scale.options().stream()
                    .map(o -> o.value().toPlainString() + " = " + o.label()).toList()), "  ");
        }
    }

    private void conditionalItems() {
        List<Item> conditional = q.items().stream().filter(i -> i.showIf().isPresent()).toList();
        if (conditional.isEmpty()) {
            return;
        }
        out.blank();
        out.heading("ASKED ONLY WHEN");
        for (Item item : conditional) {
            out.hanging(item.id() + ": ", item.text(), "  ");
            condition(item.showIf().get(), "    ");
        }
    }

    private void scores() {
        if (q.scores().isEmpty()) {
            return;
        }
        out.blank();
        out.heading("SCORES");
        for (Score score : q.scores()) {
            out.line("  " + style.bold(score.title()) + style.dim(" (scores." + score.id() + ")"));
            String method = score.method() == ScoreMethod.SUM ? "Sum" : "Mean";
            out.paragraph(method + " of " + score.itemIds().size() + " items (weighted where marked); " + missingData(score) + "; "
                    + rounding(score) + ".", "    ");
            List<String> items = new ArrayList<>();
            for (String id : score.itemIds()) {
                Item item = q.item(id).orElseThrow();
                String marks = (item.common().reverse() ? ", reversed" : "")
                        + (item.common().weight().compareTo(java.math.BigDecimal.ONE) != 0 ? ", weight " + item.common().weight().toPlainString() : "");
                items.add(id + (marks.isEmpty() ? "" : " (" + marks.substring(2) + ")"));
            }
            out.paragraph("Items: " + String.join(", ", items), "    ");
            for (Band band : score.bands()) {
                out.hanging(style.bullet() + " ", band.min().toPlainString() + " to " + band.max().toPlainString() + ": " + band.label()
                        + (band.meaning().isEmpty() ? "" : ". " + band.meaning()), "    ");
            }
        }
    }

    private void flags() {
        if (q.flags().isEmpty()) {
            return;
        }
        out.blank();
        out.heading("FLAGS");
        List<Flag> flags = new ArrayList<>(q.flags());
        flags.sort(Comparator.comparing(Flag::severity).reversed());
        for (Flag flag : flags) {
            out.line("  " + style.bold(ReportWording.severityWord(flag.severity()).toUpperCase(java.util.Locale.ROOT)) + " " + flag.id()
                    + flag.recommend().map(r -> style.dim("  (forces " + r + ")")).orElse(""));
            condition(flag.when(), "    ");
            out.paragraph("Says: " + flag.message(), "    ");
            if (flag.ifUnanswered() != IfUnanswered.IGNORE) {
                out.paragraph("If a question it reads is unanswered and could have raised it: "
                        + (flag.ifUnanswered() == IfUnanswered.RAISE ? "raised anyway." : "shown as not answered."), "    ");
            }
            rulesOut(flag.rulesOut(), "When it fires, the report leaves out ");
        }
    }

    private void recommendations() {
        out.blank();
        out.heading("RECOMMENDATIONS");
        out.paragraph("A flag that forces a recommendation wins (the most severe flag first, then the higher priority); otherwise "
                + "the highest priority that matches (ties: the one written first); with no match, the default.", "  ");
        List<Recommendation> ordered = new ArrayList<>(q.recommendations());
        ordered.sort(Comparator.comparing(Recommendation::isDefault).thenComparing(Comparator.comparingInt(Recommendation::priority).reversed()));
        for (Recommendation r : ordered) {
            String priority = r.isDefault() ? "default" : "priority " + r.priority();
            out.paragraph(r.title() + "  (" + r.id() + ", " + ReportWording.kindWord(r.kind()) + ", " + priority + ")", "  ");
            if (r.when().isPresent()) {
                condition(r.when().get(), "    ");
            } else {
                out.paragraph("Applies when no other recommendation matches.", "    ");
            }
            r.ifFlagged().ifPresent(w -> out.paragraph("When a caution or urgent flag fired, it reads: " + w.title(), "    "));
            rulesOut(r.rulesOut(), "When it is the recommendation, the report leaves out ");
        }
    }

    private void rulesOut(RulesOut rulesOut, String lead) {
        List<String> parts = new ArrayList<>();
        rulesOut.kinds().stream().sorted().forEach(k -> parts.add("every " + ReportWording.kindWord(k) + " recommendation"));
        rulesOut.recommendations().stream().sorted().forEach(id -> parts.add("'" + id + "'"));
        if (!parts.isEmpty()) {
            out.paragraph(lead + String.join(", ", parts) + ".", "    ");
        }
    }

    /** How much may be missing, and how missing items count. */
    private static String missingData(Score score) {
        int items = score.itemIds().size();
        if (score.minAnswered() >= items) {
            return "every item must be answered, else there is no score";
        }
        String enough = "at least " + score.minAnswered() + " must be answered (at most " + (items - score.minAnswered())
                + " missing), else there is no score";
        if (score.missing() instanceof MissingItems.Fill fill) {
            return enough + "; a missing item counts as " + fill.value().toPlainString();
        }
        return enough + (score.method() == ScoreMethod.SUM ? "; missing items are prorated" : "; the mean of the answered items stands for all");
    }

    private static String rounding(Score score) {
        String places = score.decimals() + (score.decimals() == 1 ? " decimal" : " decimals");
        return switch (score.rounding()) {
            case HALF_UP -> "rounded to " + places;
            case NONE -> "not rounded";
            default -> "rounded to " + places + ", " + score.rounding().words();
        };
    }

    /** The expression as written, then what each name it reads stands for. */
    private void condition(Condition condition, String indent) {
        out.hanging("when ", condition.source().replaceAll("\\s+", " ").strip(), indent);
        for (Name name : condition.reads()) {
            out.hanging(style.bullet() + " ", name + ": " + describe(name), indent + "  ");
        }
    }

    private String describe(Name name) {
        String id = name.id();
        return switch (name.root()) {
            case ANSWERS -> q.item(id).map(i -> "the answer to \u201c" + i.text().replaceAll("\\s+", " ").strip() + "\u201d"
                    + optionsOf(i)).orElse(id);
            case SCORES -> "the value of " + scoreTitle(id);
            case BANDS -> "the band of " + scoreTitle(id);
            case FLAGS -> "whether flag " + id + " fired";
        };
    }

    private static String optionsOf(Item item) {
        if (item instanceof Item.SingleChoice c && c.scaleId().isPresent()) {
            return " (scale " + c.scaleId().get() + ")";
        }
        List<org.attune.definition.ResponseOption> options = item.options();
        if (item instanceof Item.YesNo) {
            return " ('yes' or 'no')";
        }
        if (options.isEmpty()) {
            return "";
        }
        return " (" + String.join(", ", options.stream().map(o -> (item instanceof Item.MultipleChoice ? o.name() : o.value().toPlainString())
                + " = " + o.label()).toList()) + ")";
    }

    private String scoreTitle(String id) {
        return q.scores().stream().filter(s -> s.id().equals(id)).map(Score::title).findFirst().orElse(id);
    }





}
