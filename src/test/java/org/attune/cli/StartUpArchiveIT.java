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
 * bin/install does, and the JVM must accept it when told to insist on it.
 */
class StartUpArchiveIT {
    static final Path JAR = Path.of("target/attune.jar");
    static final Path ARCHIVE = Path.of("target/attune.jsa");

    @Test
    void theArchiveMatchesTheJarJustBuilt() throws Exception {
        Process make = new ProcessBuilder("sh", "bin/make-archive").redirectErrorStream(true).start();
        make.getOutputStream().close();
        assertThat(make.waitFor(2, TimeUnit.MINUTES)).as("bin/make-archive finished").isTrue();
        String said = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(make.exitValue()).isZero();
        assertThat(ARCHIVE).as(said).exists();
        assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThanOrEqualTo(Files.getLastModifiedTime(JAR));
        // -Xshare:on makes a mismatched or unusable archive an error instead of a silent slow start
        LauncherProcess run = LauncherProcess.run(Map.of("ATTUNE_JAVA_OPTS", "-Xshare:on"), null, "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("attune");
    }
}
