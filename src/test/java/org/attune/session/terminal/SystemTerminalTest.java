package org.attune.session.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

/** Which terminal capabilities the session starts from, without asking the system where it need not. */
class SystemTerminalTest {

    @Test
    void tmuxTypesHaveScreensCapabilities() {
        SystemTerminal.knownCapabilities("tmux-256color");
        assertThat(InfoCmp.getLoadedInfoCmp("tmux-256color")).isEqualTo(InfoCmp.getDefaultInfoCmp("screen-256color"));
    }

    @Test
    void aTypeNeitherCarriedNorInTheSystemsTerminfoGetsAnsisQuietly() {
        String type = "attune-test-no-such-terminal";
        SystemTerminal.knownCapabilities(type);
        assertThat(InfoCmp.getLoadedInfoCmp(type)).isEqualTo(InfoCmp.getDefaultInfoCmp("ansi"));
    }
}
