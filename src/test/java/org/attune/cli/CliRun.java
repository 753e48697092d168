package org.attune.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process with captured streams and a controlled environment. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(variables);
        env.putIfAbsent("HOME", "/nonexistent-home");
        int code = Attune.execute(new CliEnvironment(env, new PrintWriter(out, true), new PrintWriter(err, true)), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of(Map.of(), args);
    }
}
