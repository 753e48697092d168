package org.attune.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process with captured streams and a controlled environment. */
record CliRun(int exitCode, String out, String err) {
    /** A fixed clock, so sessions and results made in tests have stable times and names. */
    static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T09:30:00Z"), java.time.ZoneOffset.UTC);

    static CliRun of(Map<String, String> variables, String... args) {
        return withInput(variables, "", args);
    }

    static CliRun withInput(Map<String, String> variables, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(variables);
        env.putIfAbsent("HOME", "/nonexistent-home");
        env.putIfAbsent("LANG", "C.UTF-8");
        int code = Attune.execute(new CliEnvironment(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Stdout.of(out), new PrintWriter(err, true), false, OptionalInt::empty, CliRun.CLOCK), args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    static CliRun of(String... args) {
        return of(Map.of(), args);
    }
}
