package org.attune.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attune.definition.Band;
import org.attune.condition.Name;
import org.attune.definition.Condition;
import org.attune.definition.IfUnanswered;
import org.attune.definition.RulesOut;
import org.attune.definition.Flag;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.Recommendation;
import org.attune.definition.Score;
import org.attune.report.ReportWording.Explain;
import org.attune.text.Whitespace;

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
        out.paragraph(Explain.size(q.questions().size(), q.sections().size(), q.header().estimatedMinutes()), "");
        scales();
        conditionalItems();
        declinable();
        scores();
        flags();
        recommendations();
        if (!q.endingChecklist().isEmpty()) {
            out.blank();
            out.heading(Explain.CHECKLIST);
            out.paragraph(Explain.CHECKLIST_WHEN, "  ");
            q.endingChecklist().forEach(step -> out.hanging(style.checkbox() + " ", step, "  "));
        }
        return out.toString();
    }

    private void scales() {
        if (q.scales().isEmpty()) {
            return;
        }
        out.blank();
        out.heading(Explain.SCALES);
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
        out.heading(Explain.ASKED_ONLY_WHEN);
        for (Item item : conditional) {
            out.hanging(item.id() + ": ", item.text(), "  ");
            condition(item.showIf().get(), "    ");
        }
    }

    /** Which questions offer "prefer not to answer": whole sections by title, else the items by id. */
    private void declinable() {
        List<String> offered = new ArrayList<>();
        for (org.attune.definition.Section section : q.sections()) {
            List<Item> questions = section.items().stream().filter(Item::isQuestion).toList();
            List<String> declinable = questions.stream().filter(i -> i.common().declinable()).map(Item::id).toList();
            if (!declinable.isEmpty()) {
                List<String> not = questions.stream().filter(i -> !i.common().declinable()).map(Item::id).toList();
                offered.add(not.isEmpty() ? section.title() + Explain.EVERY_QUESTION
                        : not.size() < declinable.size() ? section.title() + Explain.everyQuestionBut(not)
                        : section.title() + ": " + String.join(", ", declinable));
            }
        }
        if (offered.isEmpty()) {
            return;
        }
        out.blank();
        out.heading(Explain.PREFER_NOT);
        out.paragraph(Explain.PREFER_NOT_MEANS, "  ");
        offered.forEach(line -> out.hanging(style.bullet() + " ", line, "  "));
    }

    private void scores() {
        if (q.scores().isEmpty()) {
            return;
        }
        out.blank();
        out.heading(Explain.SCORES);
        for (Score score : q.scores()) {
            out.line("  " + style.bold(score.title()) + style.dim(" (scores." + score.id() + ")"));
            out.paragraph(Explain.method(score), "    ");
            List<String> items = new ArrayList<>();
            for (String id : score.itemIds()) {
                Item item = q.item(id).orElseThrow();
                items.add(Explain.item(id, item.common().reverse(), item.common().weight()));
            }
            out.paragraph(Explain.ITEMS + String.join(", ", items), "    ");
            for (Band band : score.bands()) {
                out.hanging(style.bullet() + " ", ReportWording.span(band.min(), band.max()) + ": " + band.label()
                        + (band.meaning().isEmpty() ? "" : ". " + band.meaning()), "    ");
            }
            out.paragraph(Explain.change(score.change()), "    ");
        }
    }

    private void flags() {
        if (q.flags().isEmpty()) {
            return;
        }
        out.blank();
        out.heading(Explain.FLAGS);
        List<Flag> flags = new ArrayList<>(q.flags());
        flags.sort(Comparator.comparing(Flag::severity).reversed());
        for (Flag flag : flags) {
            out.line("  " + style.bold(ReportWording.severityWord(flag.severity()).toUpperCase(java.util.Locale.ROOT)) + " " + flag.id()
                    + flag.recommend().map(r -> style.dim("  " + Explain.forces(r))).orElse(""));
            condition(flag.when(), "    ");
            out.paragraph(Explain.SAYS + flag.message(), "    ");
            if (flag.ifUnanswered() != IfUnanswered.IGNORE) {
                out.paragraph(Explain.ifUnanswered(flag.ifUnanswered()), "    ");
            }
            rulesOut(flag.rulesOut(), Explain.FLAG_RULES_OUT);
        }
    }

    private void recommendations() {
        out.blank();
        out.heading(Explain.RECOMMENDATIONS);
        out.paragraph(Explain.RANKING, "  ");
        List<Recommendation> ordered = new ArrayList<>(q.recommendations());
        ordered.sort(Comparator.comparing(Recommendation::isDefault).thenComparing(Comparator.comparingInt(Recommendation::priority).reversed()));
        for (Recommendation r : ordered) {
            String priority = r.isDefault() ? Explain.DEFAULT : Explain.PRIORITY + r.priority();
            out.paragraph(r.title() + "  (" + r.id() + ", " + ReportWording.kindWord(r.kind()) + ", " + priority + ")", "  ");
            if (r.when().isPresent()) {
                condition(r.when().get(), "    ");
            } else {
                out.paragraph(Explain.APPLIES_OTHERWISE, "    ");
            }
            r.ifFlagged().ifPresent(w -> out.paragraph(Explain.ifFlagged(w.title()), "    "));
            r.tie().ifPresent(t -> out.paragraph(Explain.tie(t), "    "));
            rulesOut(r.rulesOut(), Explain.RECOMMENDATION_RULES_OUT);
        }
    }

    private void rulesOut(RulesOut rulesOut, String lead) {
        if (!rulesOut.isEmpty()) {
            out.paragraph(lead + Explain.rulesOut(rulesOut), "    ");
        }
    }

    /** The expression as written, then what each name it reads stands for. */
    private void condition(Condition condition, String indent) {
        out.hanging(Explain.WHEN, Whitespace.collapsed(condition.source()), indent);
        for (Name name : condition.reads()) {
            out.hanging(style.bullet() + " ", name + ": " + describe(name), indent + "  ");
        }
    }

    private String describe(Name name) {
        String id = name.id();
        return switch (name.root()) {
            case ANSWERS -> q.item(id).map(i -> Explain.answerTo(Whitespace.collapsed(i.text())) + optionsOf(i)).orElse(id);
            case SCORES -> Explain.VALUE_OF + scoreTitle(id);
            case BANDS -> Explain.BAND_OF + scoreTitle(id);
            case FLAGS -> Explain.flagFired(id);
        };
    }

    private static String optionsOf(Item item) {
        if (item instanceof Item.SingleChoice c && c.scaleId().isPresent()) {
            return " (" + Explain.SCALE + c.scaleId().get() + ")";
        }
        List<org.attune.definition.ResponseOption> options = item.options();
        if (item instanceof Item.YesNo) {
            return " (" + Explain.YES_OR_NO + ")";
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
