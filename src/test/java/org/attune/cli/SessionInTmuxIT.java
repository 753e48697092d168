package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs src/test/e2e/session-in-tmux.sh: the built launcher driven in a real terminal (tmux). */
class SessionInTmuxIT {

    @Test
    void sessionInARealTerminal() throws Exception {
        Process script = new ProcessBuilder("bash", "src/test/e2e/session-in-tmux.sh").redirectErrorStream(true).start();
        script.getOutputStream().close();
        boolean done = script.waitFor(5, TimeUnit.MINUTES);
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            script.destroyForcibly();
        }
        assertThat(done).as("the script finished").isTrue();
        assertThat(script.exitValue()).as(output).isZero();
        assertThat(output).contains("ok - a whole session", "ok - an urgent flag and the recommendation stay on the final screen",
                "ok - killed with SIGKILL mid-way and resumed", "ok - kill -TERM, kill -INT and kill -HUP leave stty sane",
                "ok - two sessions started in the same second keep their own answers",
                "ok - title cards: a wrong one is corrected and replaced");
    }
}
