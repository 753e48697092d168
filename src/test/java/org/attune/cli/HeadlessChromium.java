package org.attune.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, headless, offline and with a fresh profile for every run; it runs as root in CI, hence
 * --no-sandbox. Only processes it started are stopped, by their handles.
 */
final class HeadlessChromium {
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            "--enable-logging=stderr", "--v=0");

    private final Path executable;
    private final Path work;

    private HeadlessChromium(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** The browser on PATH, if there is one. */
    static Optional<HeadlessChromium> find(Path work) {
        return onPath("chromium").or(() -> onPath("chromium-browser")).map(p -> new HeadlessChromium(p, work));
    }

    static Optional<Path> onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What one run printed: standard output (e.g. the DOM) and its log, where page console messages appear. */
    record Run(String out, String log) {
        List<String> consoleMessages() {
            return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    Run run(Path page, String... actions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + Files.createTempDirectory(work, "profile"));
        command.addAll(List.of(actions));
        command.add(page.toUri().toString());
        Path out = Files.createTempFile(work, "out", ".txt");
        Path log = Files.createTempFile(work, "log", ".txt");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s: " + command);
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly); // helpers it may have left behind
        if (process.exitValue() != 0) {
            throw new AssertionError("chromium failed (" + process.exitValue() + "): " + Files.readString(log));
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
    }
}
