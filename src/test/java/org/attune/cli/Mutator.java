package org.attune.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/** One seeded mutation of a YAML file's bytes: the kinds of damage people, editors and attackers do. */
final class Mutator {
    record Mutated(String name, byte[] bytes) {}

    private static final List<String> ODD_VALUES = List.of(".nan", ".inf", "-.inf", "0x4", "0o17", "1_000", "1e9999999999", "-0", "1e-400",
            "00012", "+7", "1:30", "~", "null", "yes", "NO", "on", "''", "\"\"", "[]", "{}", "[1, [2, [3]]]", "{a: 1}", "2026-11-22",
            "12345678901234567890123456789012345678901234567890", "\"\\e]0;title\\a\"", "\"\\0\"", "\"a\\nb\"", "\"\\u202e\"", "'*'", "&x 1", "*x",
            "!!float yes", "!!java/object:java.lang.ProcessBuilder [x]", "!!binary aGk=", "!custom 1", "<<: *x", "? [a]", "|", ">-");
    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    Mutated mutate(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (random.nextInt(20)) {
            case 0 -> lines("delete-line", text, l -> { l.remove(random.nextInt(l.size())); return l; });
            case 1 -> lines("duplicate-line", text, l -> { int i = random.nextInt(l.size()); l.add(i, l.get(i)); return l; });
            case 2 -> lines("swap-lines", text, l -> { java.util.Collections.swap(l, random.nextInt(l.size()), random.nextInt(l.size())); return l; });
            case 3 -> lines("change-type", text, l -> { replaceValue(l, ODD_VALUES.get(random.nextInt(ODD_VALUES.size()))); return l; });
            case 4 -> new Mutated("random-bytes", randomBytes(bytes));
            case 5 -> new Mutated("truncate", Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length)));
            case 6 -> lines("deep-nesting", text, l -> { replaceValue(l, "[".repeat(20 + random.nextInt(200)) + "]".repeat(random.nextInt(220))); return l; });
            case 7 -> lines("huge-string", text, l -> { replaceValue(l, "x".repeat(1 + random.nextInt(40_000))); return l; });
            case 8 -> new Mutated("invalid-utf8", insert(bytes, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}));
            case 9 -> new Mutated("bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes));
            case 10 -> new Mutated("crlf", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            case 11 -> lines("tabs", text, l -> { int i = random.nextInt(l.size()); l.set(i, l.get(i).replaceFirst("^  ", "\t")); return l; });
            case 12 -> lines("alias", text, l -> { replaceValue(l, "&a 1"); replaceValue(l, "*a"); return l; });
            case 13 -> lines("merge-key", text, l -> { int i = random.nextInt(l.size()); l.add(i, indentOf(l.get(i)) + "<<: {id: merged}"); return l; });
            case 14 -> lines("tag", text, l -> { replaceValue(l, List.of("!!float yes", "!!str 1", "!!int \"3\"", "!!java/object:x {}", "!foo bar").get(random.nextInt(5))); return l; });
            case 15 -> lines("odd-number", text, l -> { replaceValue(l, List.of(".nan", ".inf", "0x4", "1_000", "1e9999999999", "1e99", "-1e-99").get(random.nextInt(7))); return l; });
            case 16 -> lines("control-character", text, l -> { replaceValue(l, "\"x" + List.of("\\e[31m", "\\a", "\\0", "\\r", "\\x9b", "\\b").get(random.nextInt(6)) + "\""); return l; });
            case 17 -> new Mutated("second-document", (text + "\n---\n" + text.substring(0, Math.min(text.length(), random.nextInt(200)))).getBytes(StandardCharsets.UTF_8));
            case 18 -> lines("duplicate-key", text, l -> { int i = random.nextInt(l.size()); if (l.get(i).contains(":")) { l.add(i + 1, l.get(i)); } return l; });
            default -> new Mutated("many-unknown-ids", (text + "\n" + unknownIds(1 + random.nextInt(3000))).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static String unknownIds(int count) {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ids.append("  unknown_").append(i).append(": 1\n");
        }
        return ids.toString();
    }

    private Mutated lines(String name, String text, UnaryOperator<List<String>> change) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.isEmpty()) {
            lines.add("");
        }
        return new Mutated(name, String.join("\n", change.apply(lines)).getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces what follows ': ' on a random line that has one (or appends to a random line). */
    private void replaceValue(List<String> lines, String value) {
        for (int tries = 0; tries < 20; tries++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            if (colon > 0) {
                lines.set(i, line.substring(0, colon + 2) + value);
                return;
            }
        }
        int i = random.nextInt(lines.size());
        lines.set(i, lines.get(i) + value);
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length()).replace("- ", "  ");
    }

    private byte[] randomBytes(byte[] bytes) {
        byte[] noise = new byte[1 + random.nextInt(16)];
        random.nextBytes(noise);
        return insert(bytes, noise);
    }

    private byte[] insert(byte[] bytes, byte[] inserted) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
