package org.attune.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Command descriptions are written in the source as short lines for reading there; picocli would wrap
 * each of those lines on its own and leave ragged stubs ("against / the / questionnaire"). Here the lines
 * of a paragraph are joined, so picocli wraps the paragraph once at the terminal's width. An empty line
 * separates paragraphs; a line that starts with spaces (a command to type) stays as it is.
 */
final class HelpText {
    private HelpText() {}

    static void reflow(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        spec.usageMessage().description(paragraphs(spec.usageMessage().description()));
        commandLine.getSubcommands().values().forEach(HelpText::reflow);
    }

    static String[] paragraphs(String[] lines) {
        List<String> joined = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            boolean literal = line.startsWith(" ") || line.isEmpty();
            if (literal || line.endsWith(":")) {
                if (!literal) {
                    paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
                }
                if (paragraph.length() > 0) {
                    joined.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                if (literal) {
                    joined.add(line);
                }
                continue;
            }
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
        }
        if (paragraph.length() > 0) {
            joined.add(paragraph.toString());
        }
        return joined.toArray(String[]::new);
    }
}
