package org.attune.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.Location;
import org.attune.text.ControlCharacters;
import org.attune.text.Whitespace;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree that remembers positions.
 * Duplicate keys, tags and control characters are collected (not fatal); syntax errors, aliases, a
 * second document and exceeded limits stop the read. Messages speak of lines and indentation, never
 * of the YAML library's own terms or classes.
 */
public final class YamlTreeReader {
    private final YamlLimits limits;
    private YAMLFactory factory;

    public YamlTreeReader(YamlLimits limits) {
        this.limits = limits;
    }

    /** Made when first needed: most files are read without the library, and making it costs as much as reading one. */
    private synchronized YAMLFactory factory() {
        if (factory != null) {
            return factory;
        }
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        loaderOptions.setNestingDepthLimit(limits.maxDepth() + 1);
        this.factory = YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(limits.maxScalarLength() + 1)
                        .build())
                .build();
        return factory;
    }

    /** The outcome of one read: a tree (absent when reading had to stop) and every problem met. */
    public record Result(YamlNode root, List<Diagnostic> problems) {}

    /** Reads a file's bytes: checks the size, decodes UTF-8 (a leading byte-order mark is allowed), then parses. */
    public Result read(String file, byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return tooLarge(file);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !isUtf8(bytes)) {
            return stop(Location.startOf(file), "the file is not UTF-8 text", "save it as UTF-8 (most editors offer this under 'encoding')");
        }
        return read(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Whether the bytes are UTF-8 throughout; asked only when decoding replaced something, which a file may also hold as written. */
    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The one message for a file over the size limit, also used before a file is read at all. */
    public Result tooLarge(String file) {
        return stop(Location.startOf(file), "the file is larger than " + limits.maxBytes() / 1024 + " KiB",
                "attune files are small text files; check you named the right file");
    }

    public Result read(String file, String text) {
        if (text.length() > limits.maxBytes()) {
            return tooLarge(file);
        }
        String[] lines = text.split("\n", -1);
        return SimpleYaml.read(file, lines, limits).map(root -> new Result(root, List.of())).orElseGet(() -> readInFull(file, text, lines));
    }

    /** Reads with the YAML library, whatever the text: what {@link SimpleYaml} leaves to it. */
    Result readInFull(String file, String text, String[] lines) {
        List<Diagnostic> problems = new ArrayList<>();
        Walk walk = new Walk(file, lines, problems);
        try (YAMLParser parser = factory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return stop(Location.startOf(file), "the file is empty", "an attune file starts with its header keys; see docs/questionnaire-format.md");
            }
            YamlNode root = walk.node(parser, 0);
            if (parser.nextToken() != null) {
                // a second document would otherwise be dropped without a word
                problems.add(Diagnostic.at(walk.secondDocument(here(file, parser)), "the file holds a second YAML document after '---'",
                        "an attune file is one document: remove the '---' line, or move what follows into its own file"));
                return new Result(null, problems);
            }
            return new Result(root, problems);
        } catch (StopReading stop) {
            problems.add(stop.diagnostic);
            return new Result(null, problems);
        } catch (JsonProcessingException e) {
            problems.add(syntaxError(file, e));
            return new Result(null, problems);
        } catch (IOException e) {
            problems.add(Diagnostic.at(Location.startOf(file), "could not read the file: " + e.getMessage()));
            return new Result(null, problems);
        }
    }

    private static Result stop(Location location, String message, String fix) {
        return new Result(null, List.of(Diagnostic.at(location, message, fix)));
    }

    private Diagnostic syntaxError(String file, JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                Location at = new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
                String problem = marked.getProblem() == null ? "" : Whitespace.collapsed(marked.getProblem());
                String context = marked.getContext() == null ? "" : Whitespace.collapsed(marked.getContext());
                return YamlSyntaxMessages.explain(at, problem, context);
            }
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth") || message.contains("Nesting depth")) {
            return Diagnostic.at(location(file, e.getLocation()),
                    "the YAML is nested more than " + limits.maxDepth() + " levels deep",
                    "a questionnaire needs only a few levels; flatten the structure");
        }
        if (message.contains("String value length") || message.contains("exceeds the maximum")) {
            return Diagnostic.at(location(file, e.getLocation()),
                    "a text value is longer than " + limits.maxScalarLength() + " characters",
                    "shorten it or split it into several items");
        }
        return YamlSyntaxMessages.explain(location(file, e.getLocation()), Whitespace.collapsed(message), "");
    }

    private static Location here(String file, JsonParser parser) {
        return location(file, parser.currentTokenLocation());
    }

    private static Location location(String file, JsonLocation at) {
        return at == null ? Location.startOf(file) : new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static final class StopReading extends RuntimeException {
        final transient Diagnostic diagnostic;

        StopReading(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    /** State of one read: the source lines (for content positions), the node budget, the problems. */
    private final class Walk {
        private final String file;
        private final String[] lines;
        private final ScalarPositions positions;
        private final List<Diagnostic> problems;
        private int nodes;

        Walk(String file, String[] lines, List<Diagnostic> problems) {
            this.file = file;
            this.lines = lines;
            this.positions = new ScalarPositions(lines);
            this.problems = problems;
        }

        YamlNode node(JsonParser parser, int depth) throws IOException {
            if (++nodes > limits.maxNodes()) {
                throw new StopReading(Diagnostic.at(here(parser), "the file has more than " + limits.maxNodes() + " values",
                        "questionnaires are small; check you named the right file"));
            }
            if (depth > limits.maxDepth()) {
                throw new StopReading(Diagnostic.at(here(parser), "the YAML is nested more than " + limits.maxDepth() + " levels deep",
                        "a questionnaire needs only a few levels; flatten the structure"));
            }
            JsonToken token = parser.currentToken();
            Location at = here(parser);
            String tag = ((YAMLParser) parser).getTypeId();
            if (tag != null) {
                String shown = ControlCharacters.visible(tag.replace("tag:yaml.org,2002:", "!!"));
                problems.add(Diagnostic.at(at, "YAML tags such as " + (shown.startsWith("!") ? shown : "!" + shown)
                        + " are not allowed in attune files", "remove the tag and write the value plainly; quote it to make it text"));
            }
            return switch (token) {
                case START_OBJECT -> map(parser, depth, at);
                case START_ARRAY -> list(parser, depth, at);
                default -> scalar(parser, token, at);
            };
        }

        private YamlMap map(JsonParser parser, int depth, Location at) throws IOException {
            Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = here(parser);
                checkCharacters(key, keyAt, "a key");
                parser.nextToken();
                YamlNode value = node(parser, depth + 1);
                YamlMap.Entry earlier = entries.get(key);
                if (earlier != null) {
                    problems.add(Diagnostic.at(keyAt, "duplicate key '" + key + "' (first written at line " + earlier.keyLocation().line() + ")",
                            "keep one of them"));
                } else {
                    entries.put(key, new YamlMap.Entry(keyAt, value));
                }
            }
            return new YamlMap(at, entries);
        }

        private YamlList list(JsonParser parser, int depth, Location at) throws IOException {
            List<YamlNode> elements = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                elements.add(node(parser, depth + 1));
            }
            return new YamlList(at, elements);
        }

        private YamlScalar scalar(JsonParser parser, JsonToken token, Location at) throws IOException {
            YAMLParser yaml = (YAMLParser) parser;
            if (yaml.isCurrentAlias()) {
                throw new StopReading(Diagnostic.at(at, "YAML aliases (*" + parser.getText() + ") are not allowed in attune files",
                        "write the value out; to reuse answer options, define them once under 'scales:'"));
            }
            String text = parser.getText();
            if (text != null && text.length() > limits.maxScalarLength()) {
                throw new StopReading(Diagnostic.at(at, "a text value is longer than " + limits.maxScalarLength() + " characters",
                        "shorten it or split it into several items"));
            }
            YamlScalar.Type type = switch (token) {
                case VALUE_NUMBER_INT -> YamlScalar.Type.INTEGER;
                case VALUE_NUMBER_FLOAT -> YamlScalar.Type.DECIMAL;
                case VALUE_TRUE, VALUE_FALSE -> YamlScalar.Type.BOOLEAN;
                case VALUE_NULL -> YamlScalar.Type.NULL;
                default -> YamlScalar.Type.STRING;
            };
            Location content = contentStart(at);
            checkCharacters(text, content, "the text");
            if ((text == null || text.isEmpty()) && content.equals(at)) {
                type = YamlScalar.Type.NULL; // an unquoted empty value, as in 'answers:' with nothing after it
            }
            return new YamlScalar(at, content, text == null ? "" : text, type, positions);
        }

        private Location here(JsonParser parser) {
            return location(file, parser.currentTokenLocation());
        }

        /** Control characters (written as escapes in quoted text) would reach terminals and reports raw. */
        private void checkCharacters(String text, Location at, String what) {
            int index = text == null ? -1 : ControlCharacters.firstForbidden(text);
            if (index >= 0) {
                problems.add(Diagnostic.at(at, what + " holds the control character " + ControlCharacters.name(text.charAt(index)),
                        "remove it; attune text may hold printable characters, line breaks and tabs only"));
            }
        }

        /** The '---' line that starts the document found at {@code next}, or {@code next} itself. */
        Location secondDocument(Location next) {
            for (int line = Math.min(next.line(), lines.length); line >= 1; line--) {
                if (lines[line - 1].startsWith("---")) {
                    return new Location(file, line, 1);
                }
            }
            return next;
        }

        /** Skips a quote, or for a block scalar moves to the first character of its first line. */
        private Location contentStart(Location at) {
            if (at.line() > lines.length) {
                return at;
            }
            String line = lines[at.line() - 1];
            int index = at.column() - 1;
            if (index >= line.length()) {
                return at;
            }
            char c = line.charAt(index);
            if (c == '"' || c == '\'') {
                return new Location(file, at.line(), at.column() + 1);
            }
            if ((c == '|' || c == '>') && at.line() < lines.length) {
                String next = lines[at.line()];
                int indent = 0;
                while (indent < next.length() && next.charAt(indent) == ' ') {
                    indent++;
                }
                return new Location(file, at.line() + 1, indent + 1);
            }
            return at;
        }
    }
}
