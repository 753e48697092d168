package org.attune.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a command may touch of the outside world, passed in so tests can capture it. */
public record CliEnvironment(Map<String, String> variables, PrintWriter out, PrintWriter err) {

    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(),
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** NO_COLOR (any non-empty value) turns colour off, as https://no-color.org asks. */
    boolean noColorRequested() {
        String value = variables.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }
}
