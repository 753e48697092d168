package org.attune.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.ResponseOption;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.Diagnostics;
import org.attune.diagnostics.InvalidFileException;
import org.attune.diagnostics.Location;
import org.attune.text.Suggestions;
import org.attune.text.Whitespace;
import org.attune.yaml.Fields;
import org.attune.yaml.YamlLimits;
import org.attune.yaml.YamlList;
import org.attune.yaml.YamlMap;
import org.attune.yaml.YamlNode;
import org.attune.yaml.YamlScalar;
import org.attune.yaml.YamlTreeReader;

/**
 * Reads an answers file (YAML or JSON, same shape) and checks it against its questionnaire, with
 * the same file:line:column messages as the questionnaire loader. See docs/answers-format.md.
 */
public final class AnswersFileReader {
    static final Set<String> KEYS = Set.of("questionnaire", "version", "takenAt", "respondent", "session", "answers", "declined");
    private static final int MAX_RESPONDENT_LENGTH = 60;
    private final YamlTreeReader reader = new YamlTreeReader(YamlLimits.DEFAULT);

    /**
     * The answers with what they show (worked out once, for the check and for scoring), warnings that did not
     * stop the read (such as a version mismatch), and the {@code session} block a session wrote (empty for
     * answers written by hand).
     */
    public record Result(Visibility.Shown shown, List<Diagnostic> warnings, Map<String, String> session, List<String> setAside) {
        public Result {
            warnings = List.copyOf(warnings);
            session = Map.copyOf(session);
            setAside = List.copyOf(setAside);
        }

        public Answers answers() {
            return shown.given();
        }
    }

    /**
     * @param strict turns warnings (a different questionnaire version, answers to hidden items) into errors
     */
    public Result read(String name, byte[] bytes, Questionnaire questionnaire, boolean strict) throws InvalidFileException {
        return read(name, bytes, questionnaire, strict ? Mode.STRICT : Mode.COMPLETE);
    }

    /**
     * Reads answers saved part-way through a session: missing required answers and answers to
     * hidden items are expected there, so neither is reported.
     */
    public Result readPartial(String name, byte[] bytes, Questionnaire questionnaire) throws InvalidFileException {
        return read(name, bytes, questionnaire, Mode.PARTIAL);
    }

    private enum Mode { COMPLETE, STRICT, PARTIAL }

    /**
     * The questionnaire id an answers file names, if it can be read that far: tells answers meant for another
     * questionnaire (which a group summary leaves out) from answers that are broken.
     */
    public Optional<String> questionnaireId(String name, byte[] bytes) {
        return reader.read(name, bytes).root() instanceof YamlMap map && map.get("questionnaire") instanceof YamlScalar s && !s.isNull()
                ? Optional.of(s.text().strip()) : Optional.empty();
    }

    private Result read(String name, byte[] bytes, Questionnaire questionnaire, Mode mode) throws InvalidFileException {
        YamlTreeReader.Result tree = reader.read(name, bytes);
        Diagnostics diagnostics = new Diagnostics();
        tree.problems().forEach(diagnostics::add);
        if (tree.root() == null) {
            throw new InvalidFileException(diagnostics.sorted());
        }
        Map<String, String> session = new LinkedHashMap<>();
        List<String> setAside = new ArrayList<>();
        unknownItems = 0;
        Optional<Visibility.Shown> shown = parse(tree.root(), questionnaire, mode, session, setAside, diagnostics);
        List<Diagnostic> all = diagnostics.sorted();
        if (shown.isEmpty() || all.stream().anyMatch(Diagnostic::isError)) {
            throw new InvalidFileException(all);
        }
        return new Result(shown.get(), all, session, setAside);
    }

    private Optional<Visibility.Shown> parse(YamlNode root, Questionnaire questionnaire, Mode mode, Map<String, String> session,
            List<String> setAside, Diagnostics diagnostics) {
        boolean strict = mode == Mode.STRICT;
        Optional<Fields> maybe = Fields.of(root, "the answers file", KEYS, diagnostics);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        String id = f.requiredText("questionnaire");
        if (!id.isEmpty() && !id.equals(questionnaire.id())) {
            // nothing else can be checked against the wrong questionnaire
            diagnostics.error(f.valueLocation("questionnaire"), "these answers are for questionnaire '" + id + "', not '" + questionnaire.id() + "'",
                    "score them with the questionnaire they were given for");
            return Optional.empty();
        }
        String version = f.requiredText("version");
        if (!version.isEmpty() && !version.equals(questionnaire.header().version())) {
            String message = "these answers were given for version " + version + " of '" + questionnaire.id() + "'; this is version "
                    + questionnaire.header().version();
            diagnostics.add(strict
                    ? Diagnostic.at(f.valueLocation("version"), message, "score them with the matching version, or leave out --strict")
                    : Diagnostic.warning(f.valueLocation("version"), message, "check the results; items may have changed"));
        }
        Optional<String> takenAt = f.scalar("takenAt").map(s -> s.text().strip());
        takenAt.filter(t -> TakenAt.parse(t).isEmpty()).ifPresent(t -> diagnostics.error(f.valueLocation("takenAt"),
                "takenAt '" + t + "' is not a date or time", "write it as 2026-11-22 or 2026-11-22T14:30:00+01:00"));
        Optional<String> respondent = f.scalar("respondent").map(s -> s.text().strip()).filter(s -> !s.isEmpty());
        respondent.filter(r -> r.contains("\n") || r.contains("\t")).ifPresent(r -> diagnostics.error(f.valueLocation("respondent"),
                "the respondent label must be one line, without line breaks or tabs", "write it on one line"));
        respondent.filter(r -> r.length() > MAX_RESPONDENT_LENGTH).ifPresent(r -> diagnostics.error(f.valueLocation("respondent"),
                "the respondent label is longer than " + MAX_RESPONDENT_LENGTH + " characters", "use a short label or initials, never a client's name"));
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        Map<String, Location> places = new LinkedHashMap<>();
        Set<String> written = new java.util.HashSet<>(); // items with something other than null written under answers
        Optional<YamlNode> answersNode = f.node("answers");
        if (answersNode.isEmpty()) {
            if (!f.written("answers")) {
                f.missing("answers");
            }
        } else if (answersNode.get() instanceof YamlMap map) {
            // part-way through a session, an answer that no longer fits (the questionnaire changed) is set aside, not fatal
            Diagnostics answerProblems = mode == Mode.PARTIAL ? new Diagnostics() : diagnostics;
            for (Map.Entry<String, YamlMap.Entry> given : map.entries().entrySet()) {
                YamlMap.Entry entry = given.getValue();
                Item item = questionnaire.item(given.getKey()).orElse(null);
                // the questionnaire's own id, not the file's copy of it: every later lookup then matches it at once, by identity
                String itemId = item == null ? given.getKey() : item.id();
                boolean isWritten = !(entry.value() instanceof YamlScalar s && s.isNull());
                if (isWritten) {
                    written.add(itemId);
                }
                Optional<AnswerValue> value = mode == Mode.PARTIAL ? answerOrSetAside(questionnaire, item, itemId, entry, answerProblems)
                        : answer(questionnaire, item, itemId, entry, answerProblems);
                if (value.isPresent()) {
                    values.put(itemId, value.get());
                    places.put(itemId, entry.keyLocation());
                } else if (isWritten) {
                    setAside.add(itemId);
                }
            }
            if (answerProblems != diagnostics) {
                answerProblems.sorted().forEach(d -> diagnostics.add(Diagnostic.warning(d.location(), d.message(), "the answer was set aside")));
            }
        } else {
            f.wrongType("answers", answersNode.get(), "a mapping from item id to answer");
        }
        Set<String> listedAsDeclined = f.node("declined").map(node -> readDeclined(questionnaire, node, values, places, mode == Mode.PARTIAL,
                diagnostics)).orElse(Set.of());
        f.node("session").ifPresent(node -> readSession(node, session, diagnostics));
        Visibility.Shown shown = Visibility.of(questionnaire, new Answers(id, version, takenAt, respondent, values));
        if (mode != Mode.PARTIAL) {
            written.addAll(listedAsDeclined); // a decline that is not allowed is reported once, not again as a missing answer
            checkAgainstVisibility(shown, places, written, f.keyLocation("answers"), strict, diagnostics);
        }
        return Optional.of(shown);
    }

    /**
     * The {@code declined} list: items the person preferred not to answer. Each must offer that and have no
     * answer as well; part-way through a session one that no longer may be declined is dropped and asked again.
     */
    private static Set<String> readDeclined(Questionnaire questionnaire, YamlNode node, Map<String, AnswerValue> values,
            Map<String, Location> places, boolean partial, Diagnostics diagnostics) {
        Set<String> ids = new java.util.HashSet<>();
        List<YamlNode> listed = node instanceof YamlList list ? list.elements() : List.of(node);
        for (YamlNode element : listed) {
            if (!(element instanceof YamlScalar scalar) || scalar.isNull()) {
                diagnostics.error(element.location(), "each entry of 'declined' must be an item id, not " + element.describe(),
                        "write the ids of the items the person preferred not to answer, such as [sc_rest, st_shame]");
                continue;
            }
            String id = scalar.text().strip();
            ids.add(id);
            Optional<Item> item = questionnaire.item(id);
            if (item.isEmpty()) {
                diagnostics.error(scalar.location(), "'" + id + "' in 'declined' is not an item of '" + questionnaire.id() + "'",
                        Suggestions.fixFor(id, questionnaire.questions().stream().map(Item::id).toList(), "item ids"));
            } else if (values.containsKey(id)) {
                diagnostics.error(scalar.location(), "'" + id + "' is both answered and declined",
                        "keep the answer under 'answers' or the entry in 'declined', not both");
            } else if (!item.get().common().declinable()) {
                if (!partial) {
                    diagnostics.error(scalar.location(), "'" + id + "' does not offer \"prefer not to answer\"",
                            "answer it under 'answers'" + (item.get().common().required() ? "" : ", or leave it out to skip it"));
                }
            } else {
                values.put(item.get().id(), new AnswerValue.Declined());
                places.put(item.get().id(), scalar.location());
            }
        }
        return ids;
    }

    /** The session block: plain text values, as a session wrote them. */
    private static void readSession(YamlNode node, Map<String, String> session, Diagnostics diagnostics) {
        if (node instanceof YamlMap map) {
            map.entries().forEach((key, entry) -> {
                if (entry.value() instanceof YamlScalar s && !s.isNull()) {
                    session.put(key, s.text());
                }
            });
        } else {
            diagnostics.error(node.location(), "'session' must be a mapping, as attune run writes it", "remove it; it is only for resuming");
        }
    }

    private int unknownItems;

    /** Part-way through a session, a value that cannot be read at all (such as .nan or 1e9999999999) is set aside and asked again. */
    private Optional<AnswerValue> answerOrSetAside(Questionnaire questionnaire, Item item, String itemId, YamlMap.Entry entry,
            Diagnostics diagnostics) {
        try {
            return answer(questionnaire, item, itemId, entry, diagnostics);
        } catch (NumberFormatException | ArithmeticException e) {
            diagnostics.error(entry.value().location(), "the answer to '" + itemId + "' is not a number attune can read", "answer the question again");
            return Optional.empty();
        }
    }

    /** The answer to {@code item}, which is null when the questionnaire has no item {@code itemId}. */
    private Optional<AnswerValue> answer(Questionnaire questionnaire, Item item, String itemId, YamlMap.Entry entry, Diagnostics diagnostics) {
        if (item == null) {
            // past the problems shown per file a suggestion is never seen, and a megabyte of unknown ids would cost seconds
            String fix = ++unknownItems > Diagnostics.SHOWN_PER_FILE ? "check the item ids"
                    : Suggestions.fixFor(itemId, questionnaire.questions().stream().map(Item::id).toList(), "item ids");
            diagnostics.error(entry.keyLocation(), "'" + itemId + "' is not an item of '" + questionnaire.id() + "'", fix);
            return Optional.empty();
        }
        YamlNode node = entry.value();
        if (node instanceof YamlScalar s && s.isNull()) {
            return Optional.empty();
        }
        return new AnswerParser(item, node, diagnostics).parse();
    }

    /**
     * Hidden items' answers are dropped (with a warning); shown required items must be answered
     * (an answer written but not valid is already reported, so not again as missing).
     */
    private static void checkAgainstVisibility(Visibility.Shown shown, Map<String, Location> places, Set<String> written, Location answersAt,
            boolean strict, Diagnostics diagnostics) {
        Questionnaire questionnaire = shown.questionnaire();
        for (String id : shown.given().values().keySet()) {
            if (!shown.answers().containsKey(id)) {
                String message = "the answer to '" + id + "' is ignored: the item is not shown with these answers (showIf: "
                        + questionnaire.item(id).flatMap(Item::showIf).map(c -> c.source()).orElse("") + ")";
                diagnostics.add(strict ? Diagnostic.at(places.get(id), message, "remove it")
                        : Diagnostic.warning(places.get(id), message, "remove it, or check the answers it depends on"));
            }
        }
        for (Item item : shown.items()) {
            if (item.isQuestion() && item.common().required() && !written.contains(item.id())) {
                diagnostics.error(answersAt, "no answer to required item '" + item.id() + "' (" + shorten(item.text()) + ")",
                        "add '" + item.id() + ":' under answers" + (item.common().declinable() ? ", or list it under 'declined'" : ""));
            }
        }
    }

    private static String shorten(String text) {
        String oneLine = Whitespace.collapsed(text);
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    /** Matches one written answer to its item: an option by value, key or label; yes/no; a number in range; text. */
    private static final class AnswerParser {
        private final Item item;
        private final YamlNode node;
        private final Diagnostics diagnostics;

        AnswerParser(Item item, YamlNode node, Diagnostics diagnostics) {
            this.item = item;
            this.node = node;
            this.diagnostics = diagnostics;
        }

        Optional<AnswerValue> parse() {
            if (item instanceof Item.Information) {
                return fail(node.location(), "'" + item.id() + "' is an information text, which takes no answer", "remove it");
            }
            if (item instanceof Item.MultipleChoice multi) {
                return multi(multi.options());
            }
            if (!(node instanceof YamlScalar scalar)) {
                return fail(node.location(), "the answer to '" + item.id() + "' must be a single value, not " + node.describe(), hint());
            }
            if (item instanceof Item.SingleChoice choice) {
                return option(choice.options(), scalar).map(AnswerValue.Choice::new);
            }
            if (item instanceof Item.YesNo) {
                return switch (scalar.text().toLowerCase(Locale.ROOT)) {
                    case "yes", "true", "y" -> Optional.of(new AnswerValue.YesNo(true));
                    case "no", "false", "n" -> Optional.of(new AnswerValue.YesNo(false));
                    default -> fail(scalar.location(), "the answer to '" + item.id() + "' must be yes or no, not " + scalar.describe(), hint());
                };
            }
            if (item instanceof Item.NumberItem number) {
                return number(number, scalar);
            }
            Item.FreeText text = (Item.FreeText) item;
            if (scalar.text().length() > text.maxLength()) {
                return fail(scalar.location(), "the answer to '" + item.id() + "' is longer than " + text.maxLength() + " characters", "shorten it");
            }
            return Optional.of(new AnswerValue.Text(scalar.text()));
        }

        private Optional<AnswerValue> multi(List<ResponseOption> options) {
            List<YamlNode> written = node instanceof YamlList list ? list.elements() : List.of(node);
            List<ResponseOption> picked = new ArrayList<>();
            boolean ok = true;
            for (YamlNode element : written) {
                if (!(element instanceof YamlScalar scalar)) {
                    fail(element.location(), "each answer to '" + item.id() + "' must be an option, not " + element.describe(), hint());
                    ok = false;
                    continue;
                }
                Optional<ResponseOption> option = option(options, scalar);
                if (option.isPresent() && picked.contains(option.get())) {
                    fail(scalar.location(), "'" + scalar.text() + "' is picked twice for '" + item.id() + "'", "list each option once");
                    ok = false;
                }
                option.ifPresent(picked::add);
                ok &= option.isPresent();
            }
            return ok ? Optional.of(new AnswerValue.Multi(picked)) : Optional.empty();
        }

        /** By value when a number is written; otherwise by key, then by label (ignoring case). */
        private Optional<ResponseOption> option(List<ResponseOption> options, YamlScalar written) {
            Optional<BigDecimal> number = written.decimal();
            String text = written.text();
            String label = text.strip();
            // three plain passes, not streams: every answer of every file in a batch comes through here
            if (number.isPresent()) {
                for (ResponseOption o : options) {
                    if (o.value().compareTo(number.get()) == 0) {
                        return Optional.of(o);
                    }
                }
            }
            for (ResponseOption o : options) {
                if (o.key().equals(text)) {
                    return Optional.of(o);
                }
            }
            for (ResponseOption o : options) {
                if (o.label().equalsIgnoreCase(label)) {
                    return Optional.of(o);
                }
            }
            return fail(written.location(), written.describe() + " is not an answer to '" + item.id() + "'", hint());
        }

        private Optional<AnswerValue> number(Item.NumberItem number, YamlScalar scalar) {
            if (!scalar.isNumber()) {
                return fail(scalar.location(), "the answer to '" + item.id() + "' must be a number, not " + scalar.describe(), hint());
            }
            Optional<BigDecimal> written = scalar.decimal();
            if (written.isEmpty()) {
                return fail(scalar.location(), "the answer to '" + item.id() + "' is written " + scalar.text()
                        + ", which is not a plain decimal number", YamlScalar.PLAIN_NUMBER_FIX);
            }
            BigDecimal value = written.get();
            boolean below = number.min().map(min -> value.compareTo(min) < 0).orElse(false);
            boolean above = number.max().map(max -> value.compareTo(max) > 0).orElse(false);
            if (below || above) {
                return fail(scalar.location(), "the answer to '" + item.id() + "' is " + scalar.text() + ", outside the allowed range", hint());
            }
            return Optional.of(new AnswerValue.Number(value));
        }

        /** What a valid answer to this item looks like. */
        private String hint() {
            if (item instanceof Item.SingleChoice choice) {
                return "answer one of: " + describe(choice.options());
            }
            if (item instanceof Item.MultipleChoice multi) {
                return "answer a list of: " + describe(multi.options());
            }
            if (item instanceof Item.YesNo) {
                return "answer yes or no";
            }
            if (item instanceof Item.NumberItem number) {
                return "answer a number" + number.min().map(m -> " from " + m.toPlainString()).orElse("")
                        + number.max().map(m -> " up to " + m.toPlainString()).orElse("");
            }
            return "answer with text";
        }

        private static String describe(List<ResponseOption> options) {
            return String.join(", ", options.stream()
                    .map(o -> o.value().toPlainString() + " (" + (o.key().isEmpty() ? o.label() : o.key()) + ")").toList());
        }

        private <T> Optional<T> fail(Location at, String message, String fix) {
            diagnostics.error(at, message, fix);
            return Optional.empty();
        }
    }
}
