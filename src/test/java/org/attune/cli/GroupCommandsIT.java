package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.export.CsvParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervision-group loop through the built jar: a starter, a group summary, an export. */
class GroupCommandsIT {

    @Test
    void theLoop(@TempDir Path dir) throws Exception {
        Path starter = dir.resolve("check-in.yaml");
        LauncherProcess created = LauncherProcess.run("new", "questionnaire", starter.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(LauncherProcess.run("validate", starter.toString()).exitCode()).isZero();

        LauncherProcess group = LauncherProcess.run("group", GroupGoldenTest.QUESTIONNAIRE.toString(), "--answers", GroupGoldenTest.MEMBERS.toString());
        assertThat(group.exitCode()).as(group.err()).isZero();
        assertThat(group.out()).contains("8 members answered.").contains("fewer than 3").doesNotContain("member-");
        assertThat(group.out() + group.err()).doesNotContain("Exception");

        LauncherProcess tooFew = LauncherProcess.run("group", GroupGoldenTest.QUESTIONNAIRE.toString(), "--answers",
                GroupGoldenTest.MEMBERS.resolve("member-a.yaml").toString());
        assertThat(tooFew.exitCode()).isEqualTo(1);
        assertThat(tooFew.out()).isEmpty();

        LauncherProcess export = LauncherProcess.run("export", GroupGoldenTest.QUESTIONNAIRE.toString(), "--answers", GroupGoldenTest.MEMBERS.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(CsvParser.parse(export.out())).hasSize(9);
        assertThat(Files.exists(starter)).isTrue();
    }
}
