package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The completion scripts loaded into the real shells (fish only where it is installed). */
class CompletionIT {

    static String shell(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    static boolean installed(String program) throws Exception {
        return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
    }

    @Test
    void bashCompletesCommandsAndQuestionnaireIds() throws Exception {
        String script = "source <(bin/attune completion bash); "
                + "COMP_WORDS=(attune explain ''); COMP_CWORD=2; COMP_LINE='attune explain '; COMP_POINT=15; "
                + "_complete_attune attune '' explain; echo \"ids: ${COMPREPLY[*]}\"; "
                + "COMP_WORDS=(attune re); COMP_CWORD=1; COMP_LINE='attune re'; COMP_POINT=9; _complete_attune attune re attune; "
                + "echo \"commands: ${COMPREPLY[*]}\"";
        String out = shell("bash", "-c", script);
        assertThat(out).contains("ids: countertransference-check flourish-thrive", "commands: resume results");
    }

    @Test
    void fishCompletesCommandsFormatsAndQuestionnaireIds() throws Exception {
        assumeTrue(installed("fish"), "fish is not installed");
        String out = shell("fish", "-c", "bin/attune completion fish | source; complete -C 'attune r'; echo ---; complete -C 'attune score '; "
                + "echo ---; complete -C 'attune run --format '");
        assertThat(out).contains("run\tAnswer a questionnaire", "resume\t", "results\t", "countertransference-check", "flourish-thrive", "markdown\t");
    }
}
