package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * './mvnw verify' packs a new jar, which leaves an older start-up archive stale (the JVM would silently
 * ignore it). Here the archive is made again for the jar just built, with bin/make-archive as
 * bin/install does (a full-screen session in a pseudo-terminal), and the JVM must accept it when told to
 * insist on it. JLine's native library is unpacked next to the jar at the same time.
 */
class StartUpArchiveIT {
    static final Path JAR = Path.of("target/attune.jar");

    @Test
    void theArchiveMatchesTheJarJustBuilt() throws Exception {
        Process make = new ProcessBuilder("sh", "bin/make-archive").redirectErrorStream(true).start();
        make.getOutputStream().close();
        assertThat(make.waitFor(2, TimeUnit.MINUTES)).as("bin/make-archive finished").isTrue();
        String said = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(make.exitValue()).isZero();
        assertThat(said).doesNotContain("no start-up archive was made");
        try (var archives = Files.list(JAR.getParent())) {
            Path archive = archives.filter(p -> p.getFileName().toString().matches("attune\\.java\\d+\\.(aot|jsa)")).findFirst().orElseThrow();
            assertThat(Files.getLastModifiedTime(archive)).as(said).isGreaterThanOrEqualTo(Files.getLastModifiedTime(JAR));
        }
        // and JLine's native library, unpacked next to the jar for the launcher
        Path natives = Path.of("target/attune.native");
        assertThat(Files.getLastModifiedTime(natives.resolve("extracted"))).isGreaterThanOrEqualTo(Files.getLastModifiedTime(JAR));
        try (var files = Files.walk(natives)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("libjlinenative.so");
        }
        // the launcher, told to insist on the archive, makes a mismatched or unusable one an error instead of a silent slow start
        LauncherProcess run = LauncherProcess.run(Map.of("ATTUNE_ARCHIVE", "require"), null, "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("attune");
    }
}
