package org.attune.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.attune.diagnostics.Location;
import org.junit.jupiter.api.Test;

/**
 * The plain reader must build exactly the tree the YAML library builds (every type, text and place), or
 * leave the file to it. Checked on every YAML file in the project and on seeded random answers-like and
 * questionnaire-like files full of YAML's corners; and it must take the plain files it exists for, or
 * batches and commands that load a questionnaire get slow again.
 */
class SimpleYamlTest {
    private static final long SEED = Long.getLong("seed", 20261123L);
    private static final int CASES = Integer.getInteger("cases", 20_000);
    private static final YamlTreeReader READER = new YamlTreeReader(YamlLimits.DEFAULT);

    private static final String[] PLAIN = {"yes", "Yes", "YES", "yEs", "no", "No", "NO", "nO", "n", "N", "y", "Y", "on", "On", "ON", "oN",
        "off", "Off", "OFF", "true", "True", "TRUE", "tRue", "false", "False", "FALSE", "null", "Null", "NULL", "nUll", "~", "0", "-0",
        "00", "012", "09", "1", "-2", "42", "123456789012345678901234", "123456789012345678", "1234567890123456789", "-123456789012345678",
        "-", "-00", "0.", "0.0", "-0.0", "0.123456789012345678", "0.1234567890123456789", "123456789012345678.5", "1234567890123456789.5", "3.5", "0.25", "-0.5", "1.50", ".5", "5.", "1e3", "1.5e3", "+5",
        "0x1F", "0o17", "1.1.0", "1.2.3.4", "1.0", "01.1.0", "1.1.0-rc1", "1..0", "1.1.", "1_000", "1:30", "10:30", ".inf", "-.inf", ".nan", "2026-11-22", "2026-11-22T10:15:00+01:00", "2026-11-22T10:15",
        "2026-11-22t10:15:00z", "2026-11-22T10:15:00Z", "2026-11-22T10:15:00.25-05:00", "2026-13-45", "2026-1-2", "2026-11-22 10:15:00",
        "hello", "hello world", "x  y", "it's", "say \"hi\"", "a, b", "x: y", "x:y", "x:", "a #b", "a#b", "\u00e9t\u00e9", "\u2003x\u2003",
        "x\u00a0", "[x]", "{x}", "a]", "a}", "&a", "*a", "!x", "!!str x", "|", ">", "|-", "- x", "-", "--", "---", "...", "%x", "@x",
        "`x", "=", "<<", "?", "? x", "x?", "a?b", "a ?b", "#", "often", "sometimes", "rarely", "repeatedly", "Cannot say", "\u00bfqu\u00e9?"};
    private static final String[] QUOTED = {"\"x\"", "\"\"", "''", "'x'", "\"a\\\"b\"", "\"a\\nb\"", "'it''s'", "\"x\" y", "'x'#c",
        "\"yes\"", "'3'", "\"a # b\"", "'a: b'", "\"[x]\"", "\"unclosed", "'unclosed", "\"\u00e9\""};
    private static final String[] KEYS = {"questionnaire", "version", "takenAt", "answers", "declined", "respondent", "session", "em_warmth",
        "sf_threat", "yes", "null", "true", "1", "_k", "k-2", "a.b", "a b", "\"q\"", "'q'", "?", "-k", "k:", "K"};
    private static final String[] COMMENTS = {"", "", "", " # note", "  #", "#x", " #: x", "\t# tab"};

    @Test
    void everyYamlFileOfTheProjectReadsAlikeOrIsLeftToTheLibrary() throws IOException {
        List<Path> files;
        List<Path> folders = List.of(Path.of("questionnaires"), Path.of("examples"), Path.of("src/test/resources"), Path.of("src/main/resources"));
        try (Stream<Path> found = folders.stream().flatMap(SimpleYamlTest::walk)) {
            files = found.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path file : files) {
            sameTree(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        }
    }

    @Test
    void theAnswersFilesOfTheScenariosAreReadPlainly() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> found = Files.list(Path.of("src/test/resources/scenarios"))) {
            scenarios = found.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertThat(scenarios).hasSizeGreaterThan(20);
        for (Path file : scenarios) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(simple(text)).as(file.toString()).isPresent();
        }
    }

    @Test
    void theBundledQuestionnairesAndTheStarterAreReadPlainly() throws IOException {
        List<Path> questionnaires;
        try (Stream<Path> found = Files.list(Path.of("questionnaires"))) {
            questionnaires = Stream.concat(found.filter(p -> p.toString().endsWith(".yaml")),
                    Stream.of(Path.of("src/main/resources/org/attune/definition/starter-questionnaire.yaml"))).toList();
        }
        assertThat(questionnaires).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : questionnaires) {
            assertThat(simple(Files.readString(file, StandardCharsets.UTF_8))).as(file.toString()).isPresent();
        }
    }

    @Test
    void randomAnswersLikeFilesReadAlikeOrAreLeftToTheLibrary() {
        Random random = new Random(SEED);
        int plain = 0;
        for (int i = 0; i < CASES; i++) {
            if (sameTree(document(random))) {
                plain++;
            }
        }
        System.out.printf("plain YAML: %d of %d random files read without the library%n", plain, CASES);
        // the generator must reach both sides, or the comparison proves little
        assertThat(plain).isBetween(CASES / 10, CASES - CASES / 10);
    }

    @Test
    void givesUpOnWhatOnlyTheLibraryReads() {
        for (String text : List.of("---\na: 1\n", "a: |+\n  x\n", "a: >2\n  x\n", "a: > # c\n  x\n", "a: >\n  x\n   y\n",
                "a: >\n  x \n", "a: >\n\n  x\n", "a: >\n  x\n  \n  y\n", "a: >-\n    x\n \n    # y\n", "a: >\n  x\n y\n", "a: >\nb: 1\n", "a: {b: 1, b: 2}\n",
                "a: {b: {c: 1}}\n", "a: {b}\n", "a: {b: 1,}\n", "a: {b: ", "a: {b: 1,b: ", "a: {}\n", "a: {b: c: d}\n", "a: [{b: 1}]\n", "- b: 1\n  - c\n",
                "a:\n  - b: 1\n   c: 2\n", "a:\n  - - b\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: x\n  y\n", "a: 1\na: 2\n", "a:\tb\n", "a: 1\r\n", "? a\n: b\n", "- a\n", "a\n", "a: \"\\t\"\n",
                "a: 'it''s'\n", "a: [1,\n  2]\n", "a: yEs\n", "a: 0x10\n", "a: \u001b[31m\n", "  a: 1\nb: 2\n", "a:\n    b: 1\n  c: 2\n", "a: [x?]\n",
                "a: [x, y?b]\n", "k".repeat(1025) + ": 1\n", "a:\n  " + "k".repeat(1025) + ": x\n")) {
            assertThat(simple(text)).as(text).isEmpty();
        }
    }

    @Test
    void readsTextAtTheEndOfAFileWithoutALineBreakAsTheLibraryDoes() {
        for (String text : List.of("a: >\n a", "a: |\n a", "a: >-\n a", "a: >\n a\n", "a: |\n a\n\n", "a: >\n a\n b")) {
            assertThat(sameTree(text)).as(text).isTrue();
        }
    }

    @Test
    void readsAKeyAsLongAsTheLibraryDoes() {
        assertThat(sameTree("k".repeat(1024) + ": 1\n")).isTrue();
    }

    private static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<YamlNode> simple(String text) {
        return SimpleYaml.read("f", text.split("\n", -1), YamlLimits.DEFAULT);
    }

    /** Whether the plain reader took the text; when it did, its tree must be the library's, which found no problem. */
    private static boolean sameTree(String text) {
        Optional<YamlNode> simple = simple(text);
        if (simple.isEmpty()) {
            return false;
        }
        YamlTreeReader.Result full = READER.readInFull("f", text, text.split("\n", -1));
        assertThat(full.problems()).as("problems the plain reader missed in:%n%s", text).isEmpty();
        assertThat(dump(simple.get())).as("tree of:%n%s", text).isEqualTo(dump(full.root()));
        return true;
    }

    private static String dump(YamlNode node) {
        if (node instanceof YamlMap map) {
            StringBuilder out = new StringBuilder("{" + at(map.location()));
            map.entries().forEach((key, entry) -> out.append(' ').append(key).append(at(entry.keyLocation())).append('=').append(dump(entry.value())));
            return out.append('}').toString();
        }
        if (node instanceof YamlList list) {
            StringBuilder out = new StringBuilder("[" + at(list.location()));
            list.elements().forEach(element -> out.append(' ').append(dump(element)));
            return out.append(']').toString();
        }
        YamlScalar scalar = (YamlScalar) node;
        return scalar.type() + "(" + scalar.text() + ")" + at(scalar.location()) + at(scalar.contentStart()) + at(scalar.positionOf(1));
    }

    private static String at(Location location) {
        return "@" + location.line() + ":" + location.column();
    }

    private static String document(Random random) {
        return new Generator(random, random.nextInt(3) == 0).document();
    }

    /** Writes one answers-like file: a hostile one is full of YAML's corners, a tame one mostly as people write them. */
    private record Generator(Random random, boolean hostile) {
        private static final String[] TAME = {"yes", "no", "Yes", "NO", "on", "off", "true", "False", "null", "~", "0", "1", "-2", "42",
            "3.5", "0.25", "1.50", "1.1.0", "2026-11-22", "2026-11-22T10:15:00+01:00", "hello", "hello world", "it's", "a, b", "x:y",
            "a #b", "a#b", "\u00e9t\u00e9", "often", "Cannot say", "\"x\"", "'x'", "\"\"", "\"yes\"", "'3'", "\"a # b\""};

        String document() {
            StringBuilder out = new StringBuilder();
            if (rare(40)) {
                out.append(pick(random, new String[] {"---\n", "# head\n", "\n", "%YAML 1.1\n---\n"}));
            }
            for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                entry(out, 0, 0);
            }
            if (rare(40)) {
                out.append(pick(random, new String[] {"...\n", "---\nb: 1\n", "  # end\n", "x\n"}));
            }
            if (random.nextInt(10) == 0 && !out.isEmpty()) {
                out.setLength(out.length() - 1); // some editors leave out the last line break
            }
            return out.toString();
        }

        /** True once in {@code n} times in a hostile file, never in a tame one. */
        private boolean rare(int n) {
            return hostile && random.nextInt(n) == 0;
        }

        private void entry(StringBuilder out, int indent, int depth) {
            noise(out, indent);
            out.append(" ".repeat(indent));
            entryAfterIndent(out, indent, depth);
        }

        /** One key and its value, the key written where the line is now (after its indent, or after '- '). */
        private void entryAfterIndent(StringBuilder out, int indent, int depth) {
            String key = rare(4) ? pick(random, KEYS) : pick(random, KEYS).replaceAll("[^A-Za-z_]", "") + "_" + random.nextInt(30);
            out.append(key).append(rare(10) ? " :" : ":");
            switch (random.nextInt(depth < 2 ? 12 : 7)) {
                case 0, 1, 2 -> out.append(' ').append(scalar()).append(comment()).append('\n');
                case 3 -> out.append(' ').append(flowList()).append(comment()).append('\n');
                case 4 -> out.append(' ').append(flowMapping()).append(comment()).append('\n');
                case 5 -> blockText(out, indent);
                case 6 -> out.append(random.nextBoolean() ? "" : " ").append(comment()).append('\n');
                case 7 -> listOfMappings(out, indent, depth);
                case 8, 9 -> {
                    out.append(comment()).append('\n');
                    int inner = indent + (rare(6) ? random.nextInt(3) : 2 + random.nextInt(3));
                    for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
                        entry(out, inner, depth + 1);
                    }
                }
                default -> {
                    out.append(comment()).append('\n');
                    int inner = indent + (random.nextBoolean() ? 0 : 2);
                    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                        noise(out, inner);
                        out.append(" ".repeat(inner + (rare(10) ? 1 : 0))).append(rare(8) ? "-" : "- ")
                                .append(random.nextInt(6) == 0 ? flowList() : scalar()).append(comment()).append('\n');
                    }
                }
            }
        }

        /** Entries of a list that are mappings, as questionnaires write their items: '- id: x' and the keys below. */
        private void listOfMappings(StringBuilder out, int indent, int depth) {
            out.append(comment()).append('\n');
            int dash = indent + (random.nextBoolean() ? 0 : 2);
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                noise(out, dash);
                out.append(" ".repeat(dash)).append(rare(10) ? "-  " : "- ");
                int keys = dash + 2 + (rare(8) ? random.nextInt(3) - 1 : 0);
                entryAfterIndent(out, dash + 2, depth + 2);
                for (int k = 0, more = random.nextInt(4); k < more; k++) {
                    entry(out, keys, depth + 2);
                }
            }
        }

        /** Folded or literal text below its key, with YAML's indicators and the lines that change its meaning. */
        private void blockText(StringBuilder out, int indent) {
            String indicator = hostile && random.nextInt(4) == 0
                    ? pick(random, new String[] {">+", "|+", ">2", "|-1", "> # c", ">- ", ">-\t", "> x", ">-#", ">>"})
                    : pick(random, new String[] {">", ">-", "|", "|-"});
            out.append(' ').append(indicator).append('\n');
            int inner = indent + (rare(10) ? 0 : 1 + random.nextInt(4));
            String[] words = {"Think of one client.", "x", "yes", "3", "a: b", "- item", "# not a comment", "[x]", "{y}", "it's \"so\"",
                "\u00e9t\u00e9", "key: >", "---", "..."};
            if (rare(10)) {
                out.append(pick(random, new String[] {"\n", "   \n", "\t\n"}));
            }
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                out.append(" ".repeat(inner + (rare(8) ? 1 + random.nextInt(2) : 0))).append(pick(random, words))
                        .append(rare(10) ? " " : "").append('\n');
                if (random.nextInt(hostile ? 4 : 8) == 0) {
                    out.append(hostile && random.nextBoolean() ? pick(random, new String[] {" \n", "  \n", "\n\n"}) : "\n");
                }
            }
        }

        private String flowMapping() {
            if (rare(3)) {
                return pick(random, new String[] {"{}", "{ }", "{a}", "{a: }", "{a: 1,}", "{a: 1, a: 2}", "{a: {b: 1}}", "{a:1}", "{a: 1",
                    "{a: 1}x", "{a: [1, 2], b: []}", "{\"a\": 1}", "{a: b: c}", "{? a: 1}", "{a: [x}"});
            }
            StringBuilder out = new StringBuilder(random.nextBoolean() ? "{" : "{ ");
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                out.append(i == 0 ? "" : random.nextBoolean() ? ", " : ",").append(pick(random, new String[] {"value", "label", "key", "kinds"}))
                        .append(i).append(": ").append(random.nextInt(5) == 0 ? flowList() : scalar());
            }
            return out.append(random.nextBoolean() ? "}" : " }").toString();
        }

        private void noise(StringBuilder out, int indent) {
            switch (random.nextInt(hostile ? 30 : 60)) {
                case 0 -> out.append('\n');
                case 1 -> out.append(" ".repeat(random.nextInt(6))).append("# a comment: with [things]\n");
                case 2 -> out.append("   \n");
                case 3 -> out.append(hostile ? " ".repeat(indent + 2) + "continued\n" : "\n");
                default -> { }
            }
        }

        private String comment() {
            return hostile ? pick(random, COMMENTS) : pick(random, new String[] {"", "", "", " # note"});
        }

        private String scalar() {
            String value = !hostile ? pick(random, TAME) : random.nextInt(4) == 0 ? pick(random, QUOTED) : pick(random, PLAIN);
            return random.nextInt(20) == 0 ? value + " ".repeat(1 + random.nextInt(3)) : value;
        }

        private String flowList() {
            if (rare(3)) {
                return pick(random, new String[] {"[]", "[ ]", "[a,]", "[a b, c]", "[[a]]", "[a, {b: 1}]", "[a,,b]", "[ a ,b ]", "[a", "[a]x"});
            }
            StringBuilder out = new StringBuilder("[");
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                out.append(i == 0 ? "" : random.nextBoolean() ? ", " : ",").append(scalar());
            }
            return out.append(random.nextBoolean() ? "]" : " ]").toString();
        }
    }

    private static String pick(Random random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }
}
