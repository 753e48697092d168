package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommandTest {
    static final String Q = GroupGoldenTest.QUESTIONNAIRE.toString();

    /** The fixture members, the first {@code n} of them, copied into {@code dir}. */
    static Path members(Path dir, int n) throws IOException {
        try (Stream<Path> files = Files.list(GroupGoldenTest.MEMBERS)) {
            for (Path file : files.sorted().limit(n).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void refusesFewerMembersThanTheMinimum(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("group", Q, "--answers", members(dir, 4).toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("attune: 4 members answered 'group-climate'; a group summary needs at least 5 (--min-group)")
                .contains("Nothing was summarised");
        CliRun lower = CliRun.of("group", Q, "--answers", dir.toString(), "--min-group", "4");
        assertThat(lower.exitCode()).as(lower.err()).isZero();
        assertThat(lower.out()).contains("4 members answered.");
    }

    @Test
    void theMinimumCannotGoBelowThree(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("group", Q, "--answers", members(dir, 8).toString(), "--min-group", "2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--min-group 2 is too small").contains("at least 3");
    }

    @Test
    void smallCountsAreShownOnlyWhenAskedFor() {
        CliRun hidden = CliRun.of("group", Q, "--answers", GroupGoldenTest.MEMBERS.toString());
        assertThat(hidden.out()).contains("fewer than 3").doesNotContain("raised by 1 member");
        CliRun shown = CliRun.of("group", Q, "--answers", GroupGoldenTest.MEMBERS.toString(), "--show-small-counts");
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).doesNotContain("fewer than 3 members").contains("raised by 1 member;", "raised by 2 members")
                .contains("--show-small-counts");
    }

    @Test
    void anotherQuestionnaireIsSkippedAndAnotherVersionWarned(@TempDir Path dir) throws IOException {
        members(dir, 8);
        Files.copy(Path.of("examples/flourish-thrive-answers.yaml"), dir.resolve("other.yaml"));
        CliRun run = CliRun.of("group", Q, "--answers", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("8 members answered.").contains("answered version 1.1.0");
        assertThat(run.err()).contains("attune: skipped " + dir.resolve("other.yaml") + ": these answers are for questionnaire 'flourish-thrive', not 'group-climate'")
                .contains("member-g.yaml:2:10: warning: these answers were given for version 1.1.0")
                .contains("attune: 8 of 9 answers files used (1 skipped)");
    }

    @Test
    void aFileNamedTwiceCountsOnce(@TempDir Path dir) throws IOException {
        members(dir, 4);
        CliRun run = CliRun.of("group", Q, "--answers", dir.toString(), "--answers", dir.resolve("member-a.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("skipped " + dir.resolve("member-a.yaml") + ": it was named already")
                .contains("4 members answered 'group-climate'; a group summary needs at least 5");
    }

    @Test
    void whenNoFileCanBeUsedItSaysSoInsteadOfCountingNoMembers(@TempDir Path dir) {
        CliRun run = CliRun.of("group", Q, "--answers", dir.resolve("missing.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("attune: no answers could be used; nothing was summarised").doesNotContain("0 members");
    }

    @Test
    void aCopyOfAMembersFileUnderAnotherNameCountsOnce(@TempDir Path dir) throws IOException {
        members(dir, 4);
        Files.copy(dir.resolve("member-a.yaml"), dir.resolve("member-a-copy.yaml"));
        CliRun run = CliRun.of("group", Q, "--answers", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("skipped .*member-a(-copy)?\\.yaml: the same answers as another file")
                .contains("4 members answered 'group-climate'; a group summary needs at least 5");
    }

    @Test
    void aBrokenFileIsLeftOutWithItsReasonAndTheOthersGoOn(@TempDir Path dir) throws IOException {
        members(dir, 8);
        Files.writeString(dir.resolve("broken.yaml"), "questionnaire: group-climate\nversion: 1.2.0\nanswers:\n  safe: 7\n");
        CliRun run = CliRun.of("group", Q, "--answers", dir.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"groupSummaryVersion\" : 1").contains("8 members answered.");
        assertThat(run.err()).contains("broken.yaml:4:").contains("attune: left out " + dir.resolve("broken.yaml"))
                .contains("attune: 8 of 9 answers files used (1 could not be read)");
    }

    @Test
    void writesToAFileWhoseExtensionSaysTheFormat(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("group.html");
        CliRun run = CliRun.of("group", Q, "--answers", GroupGoldenTest.MEMBERS.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("<svg class=\"chart counts\"");
    }
}
