package org.attune.yaml;

import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.Location;
import org.attune.text.ControlCharacters;

/**
 * Turns the YAML reader's syntax errors ("expected &lt;block end&gt;, but found '?'") into plain words
 * about lines, indentation and quotes. Whatever is not recognised is shown without the library's
 * terms in angle brackets or its class names.
 */
final class YamlSyntaxMessages {
    private static final String INDENT_FIX = "indent this line with spaces to line up with the lines it belongs with";

    private YamlSyntaxMessages() {}

    static Diagnostic explain(Location at, String problem, String context) {
        String p = problem.toLowerCase(java.util.Locale.ROOT);
        if (p.contains("tab")) {
            return Diagnostic.at(at, "a tab is used for indentation", "YAML indents with spaces only; replace the tabs with spaces");
        }
        if (p.contains("expected a field name")) {
            return Diagnostic.at(at, "a key must be a word or a text, not a list or a mapping", "write the key as plain text before ':'");
        }
        if (p.contains("expected <block end>") && p.contains("'<block sequence start>'")) {
            return Diagnostic.at(at, "a list entry ('- ') is indented differently from the entries before it", INDENT_FIX);
        }
        if (p.contains("expected <block end>") && context.contains("block collection")) {
            return Diagnostic.at(at, "a 'key:' line follows list entries ('- ') at the same indentation",
                    "indent it under the entry it belongs to, or start it with '- '");
        }
        if (p.contains("expected <block end>") || p.contains("did not find expected key") || p.contains("violates indentation")) {
            return Diagnostic.at(at, "this line is indented differently from the lines around it", INDENT_FIX);
        }
        if (p.contains("did not find expected '-' indicator") || p.contains("block sequence entries are not allowed")) {
            return Diagnostic.at(at, "a list entry ('- ') is indented differently from the entries before it", INDENT_FIX);
        }
        if (p.contains("mapping values are not allowed")) {
            return Diagnostic.at(at, "a ':' here cannot start a new key",
                    "put a text that holds ': ' in quotes, or check the indentation of this line");
        }
        if (p.contains("could not find expected ':'")) {
            return Diagnostic.at(at, "a line before this one has no ':' after its key",
                    "write 'key: value', or indent a continued text further than its key");
        }
        if (p.contains("end of stream") && context.contains("quoted")) {
            return Diagnostic.at(at, "a quoted text is not closed before the end of the file", "add the closing quote");
        }
        if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) {
            return Diagnostic.at(at, "a list in [ ] or a mapping in { } is not closed", "add the closing bracket, or separate entries with ','");
        }
        if (p.contains("expected the node content")) {
            return Diagnostic.at(at, "a value is missing here, or a bracket opened before is not closed",
                    "write the value, or close the '[' or '{'");
        }
        if (p.contains("unknown escape character")) {
            return Diagnostic.at(at, "a '\\' in double quotes starts an escape YAML does not know",
                    "write '\\\\' for a backslash, or use single quotes");
        }
        if (p.contains("special characters are not allowed") || p.contains("unacceptable code point")) {
            return Diagnostic.at(at, "the file holds a control character or another character that is not text",
                    "remove it; save the file as plain UTF-8 text");
        }
        if (p.contains("tag handle") || p.contains("tag ") && !p.contains("event")) {
            return Diagnostic.at(at, "YAML tags (words starting with '!') are not allowed in attune files",
                    "remove the tag; put a text that starts with '!' in quotes");
        }
        if (p.contains("alias") || p.contains("anchor")) {
            return Diagnostic.at(at, "YAML anchors and aliases ('&name', '*name') are not allowed in attune files",
                    "write the value out; put a text that starts with '&' or '*' in quotes");
        }
        return Diagnostic.at(at, "the YAML cannot be read here" + plain(problem), "check indentation and quoting on this line and the one before");
    }

    /** The library's own words, without its &lt;tokens&gt;, class names or control characters; empty when nothing useful is left. */
    private static String plain(String problem) {
        String text = problem.replaceAll("<?\\b(org|com)\\.[\\w.$]+(\\([^)]*\\))?>?", "")
                .replaceAll("<[^>]*>", "")
                .replaceAll("\\s+", " ").strip();
        text = ControlCharacters.visible(text);
        return text.isEmpty() || text.length() > 120 ? "" : " (" + text + ")";
    }
}
