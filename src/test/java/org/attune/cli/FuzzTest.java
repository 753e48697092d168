package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 8: a seeded generator mutates the bundled questionnaires and the answers files of the
 * examples and scenarios (line deletions, duplications and swaps, type changes, random and invalid bytes,
 * truncation, deep nesting, huge strings, BOM, CRLF, tabs, aliases, merge keys, tags, odd numbers,
 * control characters, second documents) and runs validate, explain and score on each mutant in process.
 * Every run must exit 0, 1 or 2, print no stack trace or internal failure, finish within 3 seconds,
 * and give every problem with file:line:column. Conditions are mutated only as opaque text.
 *
 * <p>Run more cases or another seed with {@code -Dfuzz.cases=10000 -Dfuzz.seed=42}; a failing case is
 * written to target/fuzz-failures with the command that reproduces it.
 */
class FuzzTest {
    static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    static final int CASES = Integer.getInteger("fuzz.cases", 2400);
    static final long MAX_MILLIS = 3000;
    /** A content problem as compilers write it; the rest of stderr is summaries and the "... more" line. */
    static final Pattern LOCATED = Pattern.compile("^.+:\\d+:\\d+: .+");

    @TempDir
    Path dir;

    record Seed(String name, String questionnaire, String text) {}

    record Outcome(int exitCode, String out, String err, long millis) {}

    @Test
    void mutatedInputsNeverCrashHangOrLoseTheirPlace() throws Exception {
        List<Seed> questionnaires = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("questionnaires"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                questionnaires.add(new Seed(file.getFileName().toString(), "", Files.readString(file)));
            }
        }
        List<Seed> answers = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("examples")), Files.list(Path.of("src/test/resources/scenarios")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(file);
                String id = text.contains("questionnaire: flourish-thrive") ? "flourish-thrive" : "countertransference-check";
                answers.add(new Seed(file.getFileName().toString(), id, text));
            }
        }
        assertThat(questionnaires).hasSizeGreaterThanOrEqualTo(2);
        assertThat(answers).hasSizeGreaterThanOrEqualTo(10);

        Random random = new Random(SEED);
        Map<Integer, Integer> exitCodes = new TreeMap<>();
        Map<String, Integer> mutationCounts = new TreeMap<>();
        Map<String, Integer> commandCounts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        long started = System.nanoTime();
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int n = 0; n < CASES; n++) {
                boolean ofQuestionnaire = random.nextInt(3) == 0;
                Seed seed = ofQuestionnaire ? questionnaires.get(random.nextInt(questionnaires.size())) : answers.get(random.nextInt(answers.size()));
                Mutator mutator = new Mutator(random);
                int count = 1 + random.nextInt(3);
                byte[] mutant = seed.text().getBytes(StandardCharsets.UTF_8);
                List<String> applied = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    Mutator.Mutated m = mutator.mutate(mutant);
                    mutant = m.bytes();
                    applied.add(m.name());
                    mutationCounts.merge(m.name(), 1, Integer::sum);
                }
                Path file = dir.resolve("case-" + n + ".yaml");
                Files.write(file, mutant);
                String[] args = ofQuestionnaire ? questionnaireCommand(random, file, seed) : answersCommand(random, file, seed);
                commandCounts.merge(args[0], 1, Integer::sum);
                Outcome outcome = run(runner, args);
                slowest = Math.max(slowest, outcome.millis());
                exitCodes.merge(outcome.exitCode(), 1, Integer::sum);
                String problem = check(outcome, file);
                if (problem != null) {
                    failures.add(keep(n, seed, applied, args, mutant, outcome, problem));
                }
                Files.delete(file);
            }
        } finally {
            runner.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz: %d cases in %.1f s (seed %d): exit codes %s; commands %s; slowest run %d ms; %d failures%n",
                CASES, seconds, SEED, exitCodes, commandCounts, slowest, failures.size());
        System.out.println("fuzz: mutations " + mutationCounts);
        assertThat(failures).as("failing cases (kept in target/fuzz-failures)").isEmpty();
        assertThat(exitCodes.getOrDefault(1, 0)).as("most mutants are invalid").isGreaterThan(CASES / 4);
        assertThat(exitCodes.getOrDefault(0, 0)).as("some mutants are still valid").isPositive();
    }

    private static String[] questionnaireCommand(Random random, Path file, Seed seed) {
        String answersFor = seed.name().startsWith("flourish") ? "examples/flourish-thrive-answers.yaml" : "examples/countertransference-answers.yaml";
        return switch (random.nextInt(4)) {
            case 0 -> new String[] {"validate", "--format", "json", file.toString()};
            case 1 -> new String[] {"explain", file.toString()};
            case 2 -> new String[] {"score", file.toString(), "--answers", answersFor};
            default -> new String[] {"validate", file.toString()};
        };
    }

    private static String[] answersCommand(Random random, Path file, Seed seed) {
        String format = List.of("text", "markdown", "json").get(random.nextInt(3));
        return random.nextInt(5) == 0
                ? new String[] {"score", seed.questionnaire(), "--answers", file.toString(), "--format", format, "--strict"}
                : new String[] {"score", seed.questionnaire(), "--answers", file.toString(), "--format", format};
    }

    private static Outcome run(ExecutorService runner, String[] args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(Map.of("HOME", "/nonexistent-home", "LANG", "C.UTF-8", "XDG_CONFIG_HOME", "/nonexistent-config"),
                new ByteArrayInputStream(new byte[0]), Stdout.of(out), new PrintWriter(err, true), false, OptionalInt::empty, CliRun.CLOCK);
        long start = System.nanoTime();
        Future<Integer> code = runner.submit(() -> Attune.execute(environment, args));
        try {
            int exit = code.get(30, TimeUnit.SECONDS);
            environment.out().flush();
            return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(), (System.nanoTime() - start) / 1_000_000);
        } catch (TimeoutException e) {
            code.cancel(true);
            return new Outcome(-1, out.toString(StandardCharsets.UTF_8), err.toString() + "\n(still running after 30 s)", 30_000);
        }
    }

    /** What is wrong with an outcome, or null. */
    private static String check(Outcome outcome, Path file) {
        String all = outcome.out() + outcome.err();
        if (outcome.exitCode() < 0 || outcome.exitCode() > 2) {
            return "exit code " + outcome.exitCode();
        }
        if (all.contains("\tat ") || all.contains("Exception") || all.contains("--debug for details") || all.contains("org.yaml") || all.contains("Error:")) {
            return "a stack trace, an internal failure or a library's name";
        }
        if (outcome.millis() > MAX_MILLIS) {
            return "took " + outcome.millis() + " ms";
        }
        if (outcome.exitCode() == 1) {
            List<String> problems = (outcome.err() + outcome.out()).lines()
                    .filter(l -> !l.startsWith("attune: ") && !l.contains(": ... and ") && !l.endsWith(" is valid") && !l.startsWith("{") && !l.isBlank())
                    .filter(l -> l.startsWith(file.toString()) || l.startsWith("examples/"))
                    .toList();
            if (problems.isEmpty() && !outcome.out().startsWith("{")) {
                return "exit 1 without a problem at file:line:column";
            }
            for (String line : problems) {
                if (!LOCATED.matcher(line).matches()) {
                    return "a problem without file:line:column: " + line;
                }
            }
            if (outcome.out().startsWith("{") && outcome.out().contains("\"diagnostics\"") && !outcome.out().contains("\"line\"")) {
                return "JSON diagnostics without a line";
            }
        }
        return null;
    }

    private static String keep(int n, Seed seed, List<String> applied, String[] args, byte[] mutant, Outcome outcome, String problem) throws IOException {
        Path folder = Files.createDirectories(Path.of("target/fuzz-failures"));
        Path kept = folder.resolve("case-" + n + ".yaml");
        Files.write(kept, mutant);
        String command = String.join(" ", args).replaceAll("\\S*case-" + n + "\\.yaml", kept.toString());
        String report = "case " + n + " of seed " + SEED + " (" + seed.name() + ", " + applied + "): " + problem + "\n  attune " + command
                + "\n  exit " + outcome.exitCode() + "\n  stderr: " + abbreviate(outcome.err()) + "\n  stdout: " + abbreviate(outcome.out());
        Files.writeString(folder.resolve("case-" + n + ".txt"), report + "\n");
        return report;
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
