package org.attune.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs bin/attune (and so the packaged jar) as a separate process, with stdin closed unless given. */
record LauncherProcess(int exitCode, String out, String err) {
    static final Path LAUNCHER = Path.of("bin/attune").toAbsolutePath();

    static LauncherProcess run(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        File in = File.createTempFile("attune-stdin", ".txt");
        in.deleteOnExit();
        java.nio.file.Files.writeString(in.toPath(), stdin == null ? "" : stdin);
        builder.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.from(in));
        File out = File.createTempFile("attune-out", ".txt");
        File err = File.createTempFile("attune-err", ".txt");
        out.deleteOnExit();
        err.deleteOnExit();
        builder.redirectOutput(out).redirectError(err);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("attune did not finish within 60 s: " + command);
        }
        return new LauncherProcess(process.exitValue(),
                java.nio.file.Files.readString(out.toPath(), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    static LauncherProcess run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), null, args);
    }
}
