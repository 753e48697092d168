package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, started through bin/attune as a user would, with stdin closed. */
class LauncherIT {

    @Test
    void versionAndHelp() throws Exception {
        LauncherProcess version = LauncherProcess.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("attune ").contains("questionnaire format 1");
        assertThat(version.err()).isEmpty();

        LauncherProcess help = LauncherProcess.run("validate", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: attune validate");
    }

    @Test
    void validatesTheBundledQuestionnaires() throws Exception {
        LauncherProcess run = LauncherProcess.run("validate", "questionnaires/flourish-thrive.yaml", "questionnaires/countertransference-check.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("all 2 files are valid\n");
    }

    @Test
    void invalidFileExitsOneWithoutStackTrace() throws Exception {
        LauncherProcess run = LauncherProcess.run("validate", "src/test/resources/golden/validate/trainer-draft.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("trainer-draft.yaml:3:10: version '1.0' is not a semantic version");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void hostileFileFailsFast() throws Exception {
        long start = System.nanoTime();
        LauncherProcess run = LauncherProcess.run("validate", "src/test/resources/golden/validate/billion-laughs.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("YAML aliases (*a) are not allowed");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void usageErrorExitsTwo() throws Exception {
        LauncherProcess run = LauncherProcess.run("list", "--bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("'attune list' has no option --bogus");
    }

    @Test
    void listReadsTheXdgConfigFolder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("attune/questionnaires"));
        Files.writeString(folder.resolve("mine.yaml"), CommandLineTest.VALID);
        LauncherProcess run = LauncherProcess.run(Map.of("XDG_CONFIG_HOME", dir.toString()), null, "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(4);
        assertThat(run.out()).contains("mine", "My own check", "flourish-thrive", "countertransference-check");
    }

    @Test
    void jsonOutputCanBePiped() throws Exception {
        LauncherProcess run = LauncherProcess.run("list", "--format", "json");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).size()).isEqualTo(2);
    }

    @Test
    void scoresAnswersPipedThroughStandardInput() throws Exception {
        String answers = Files.readString(Path.of("src/test/resources/golden/score/ct-safety-and-culture.answers.yaml"));
        LauncherProcess run = LauncherProcess.run(Map.of("LANG", "C.UTF-8"), answers, "score", "countertransference-check", "--answers", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/score/ct-safety-and-culture.txt")));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void scoringNeverLoadsTheTerminalLibrary(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        // a copy of the jar without its start-up archive: an AOT cache maps every class it holds at start
        Path jar = Files.copy(Path.of("target/attune.jar"), dir.resolve("attune.jar"));
        LauncherProcess run = LauncherProcess.run(Map.of("ATTUNE_JAR", jar.toString(), "ATTUNE_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), null,
                "score", "flourish-thrive", "--answers", "src/test/resources/golden/score/ft-self-care.answers.yaml", "--format", "json");
        assertThat(run.exitCode()).isZero();
        String loaded = Files.readString(log);
        assertThat(loaded).contains("org.attune.scoring.GuidanceEngine").doesNotContain("] org.jline.");
    }

    @Test
    void aJavaHomeWithoutJavaIsExplained(@TempDir Path dir) throws Exception {
        LauncherProcess run = LauncherProcess.run(Map.of("JAVA_HOME", dir.toString()), null, "--version");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("attune: JAVA_HOME is " + dir + ", which has no bin/java; correct it, or unset it to let attune "
                + "find Java 17 or newer\n");
    }

    @Test
    void aFolderAmongTheArgumentsGivesTheCollectorALargerYoungGenerationAndCompilesSooner(@TempDir Path dir) throws Exception {
        Path answers = Files.copy(Path.of("src/test/resources/scenarios/01-threat.yaml"), dir.resolve("a.yaml"));
        Map<String, String> env = Map.of("ATTUNE_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        LauncherProcess batch = LauncherProcess.run(env, null, "score", "countertransference-check", "--answers", dir.toString(), "--format", "json");
        LauncherProcess joined = LauncherProcess.run(env, null, "score", "countertransference-check", "--answers=" + dir, "--format", "json");
        LauncherProcess one = LauncherProcess.run(env, null, "score", "countertransference-check", "--answers", answers.toString(), "--format", "json");
        LauncherProcess oneJoined = LauncherProcess.run(env, null, "score", "countertransference-check", "--answers=" + answers, "--format", "json");
        assertThat(maxNewSize(batch.out())).isEqualTo(32L << 20);
        assertThat(maxNewSize(joined.out())).isEqualTo(32L << 20);
        assertThat(maxNewSize(one.out())).isEqualTo(4L << 20);
        assertThat(maxNewSize(oneJoined.out())).isEqualTo(4L << 20);
        assertThat(flag(batch.out(), "CompileThresholdScaling")).isEqualTo("0.250000");
        assertThat(flag(joined.out(), "CompileThresholdScaling")).isEqualTo("0.250000");
        assertThat(flag(one.out(), "CompileThresholdScaling")).isEqualTo("1.000000");
    }

    private static long maxNewSize(String flags) {
        return Long.parseLong(flag(flags, "MaxNewSize"));
    }

    private static String flag(String flags, String name) {
        Matcher value = Pattern.compile("\\b" + name + "\\s+=\\s+(\\S+)").matcher(flags);
        assertThat(value.find()).as(name + " in the JVM's flags").isTrue();
        return value.group(1);
    }

    @Test
    void usesTheJavaInJavaHome() throws Exception {
        LauncherProcess run = LauncherProcess.run(Map.of("JAVA_HOME", System.getProperty("java.home"), "ATTUNE_JAVA_OPTS", "-XshowSettings:properties"),
                null, "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("java.home = " + System.getProperty("java.home"));
    }

    @Test
    void anArchiveOlderThanTheJarIsNotUsed(@TempDir Path dir) throws Exception {
        // whatever archive the build made, next to a jar that is newer: as after './mvnw package' without make-archive
        try (var archives = Files.list(Path.of("target"))) {
            for (Path archive : archives.filter(p -> p.getFileName().toString().matches("attune\\.java\\d+\\.(aot|jsa)")).toList()) {
                Files.copy(archive, dir.resolve(archive.getFileName()));
            }
        }
        Path jar = Files.copy(Path.of("target/attune.jar"), dir.resolve("attune.jar"));
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(60)));
        Path log = dir.resolve("classes.log");
        LauncherProcess run = LauncherProcess.run(Map.of("ATTUNE_JAR", jar.toString(), "ATTUNE_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                null, "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(log)).contains("org.attune.cli.Main").doesNotContain("org.attune.cli.Main source: shared objects file");
    }

    @Test
    void jlinesNativeLibraryIsTakenFromNextToTheJarUnlessOlderThanIt(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(Path.of("target/attune.jar"), dir.resolve("attune.jar"));
        Path stamp = Files.createDirectories(dir.resolve("attune.native")).resolve("extracted");
        Files.writeString(stamp, "");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60)));
        LauncherProcess fresh = LauncherProcess.run(Map.of("ATTUNE_JAR", jar.toString(), "ATTUNE_JAVA_OPTS", "-XshowSettings:properties"),
                null, "--version");
        assertThat(fresh.err()).contains("library.jline.path = " + dir.resolve("attune.native/org/jline/nativ"));
        Files.setLastModifiedTime(stamp, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(120)));
        LauncherProcess stale = LauncherProcess.run(Map.of("ATTUNE_JAR", jar.toString(), "ATTUNE_JAVA_OPTS", "-XshowSettings:properties"),
                null, "--version");
        assertThat(stale.exitCode()).isZero();
        assertThat(stale.err()).doesNotContain("library.jline.path");
    }

    @Test
    void startsWithoutAnArchive(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(Path.of("target/attune.jar"), dir.resolve("attune.jar"));
        for (int feature = 17; feature <= 40; feature++) { // whichever Java the launcher finds
            Files.writeString(dir.resolve("attune.java" + feature + ".jsa"), "not an archive");
            Files.writeString(dir.resolve("attune.java" + feature + ".aot"), "not an archive");
        }
        LauncherProcess run = LauncherProcess.run(Map.of("ATTUNE_JAR", jar.toString()), null, "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("attune ");
        assertThat(run.err()).isEmpty();
    }
}
