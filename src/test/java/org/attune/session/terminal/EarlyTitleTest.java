package org.attune.session.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.session.TitleCard;
import org.junit.jupiter.api.Test;

/** The title screen drawn before the terminal is built: the sequences it writes, and that the session draws the same over it. */
class EarlyTitleTest {

    @Test
    void onlyTerminalTypesWhoseSequencesAreKnownGetOne() {
        assertThat(EarlyTitle.AlternateScreen.of("xterm-256color")).contains(
                new EarlyTitle.AlternateScreen("\u001b[?1049h\u001b[22;0;0t", "\u001b[?1049l\u001b[23;0;0t\u001b[?25h"));
        assertThat(EarlyTitle.AlternateScreen.of("xterm")).isEqualTo(EarlyTitle.AlternateScreen.of("xterm-256color"));
        for (String type : new String[] {"screen", "screen-256color", "tmux", "tmux-256color"}) {
            assertThat(EarlyTitle.AlternateScreen.of(type)).as(type).contains(new EarlyTitle.AlternateScreen("\u001b[?1049h", "\u001b[?1049l\u001b[?25h"));
        }
        // types the session might not find capabilities for, such as xterm-kitty on a machine without its terminfo
        for (String type : new String[] {"xterm-kitty", "xterm-foo", "screen.xterm-256color", "rxvt-unicode", "vt100", "linux", "dumb", "xtermish", ""}) {
            assertThat(EarlyTitle.AlternateScreen.of(type)).as(type).isEmpty();
        }
        assertThat(EarlyTitle.AlternateScreen.of(null)).isEmpty();
    }

    @Test
    void nothingIsDrawnEarlyOutsideAUtf8LocaleOrWithoutATerminal() {
        assertThat(EarlyTitle.paint("xterm-256color", card(), true, false)).isEmpty();
        assertThat(EarlyTitle.paint("vt100", card(), true, true)).isEmpty();
        // the tests' standard output is not a terminal, so its size cannot be had
        assertThat(EarlyTitle.paint("xterm-256color", card(), true, true)).isEmpty();
    }

    @Test
    void entersTheAlternateScreenDrawsTheTitleAndLeavesTheCursorAtTheTopLeft() {
        EarlyTitle.AlternateScreen xterm = EarlyTitle.AlternateScreen.of("xterm-256color").orElseThrow();
        String text = EarlyTitle.screenText(xterm, card(), true, true, 80, 24);
        assertThat(text).startsWith("\u001b[?1049h\u001b[22;0;0t\u001b[?25l\u001b[H\u001b[2J").endsWith("\u001b[H");
        assertThat(text).contains("\u001b[1mKeys", "About 1 minute, up to 6 questions.", "Enter begin \u00b7 q leave");
        assertThat(EarlyTitle.screenText(xterm, card(), false, false, 80, 24)).contains("Enter begin - q leave").doesNotContain("\u001b[2m");
    }

    @Test
    void theSessionTakesOverTheAlternateScreenAndClearsItOnlyWithinItsFirstSynchronizedDrawing() throws Exception {
        try (VirtualTerminal vt = new VirtualTerminal(60, 20); TerminalPrompter prompter = new TerminalPrompter(vt.terminal, false, true, true)) {
            assertThat(vt.raw()).doesNotContain("\u001b[?1049h", "\u001b[2J");
            prompter.showWelcome(card(), "");
            String raw = vt.raw();
            // what was echoed meanwhile, a resize or a corrected card leaves nothing behind, and the cleared screen is never shown
            assertThat(raw).doesNotContain("\u001b[?1049h").contains("\u001b[?2026h");
            assertThat(raw.indexOf("\u001b[2J")).isGreaterThan(raw.indexOf("\u001b[?2026h"));
            assertThat(raw.indexOf("\u001b[2J")).isLessThan(raw.indexOf("Keys"));
        }
    }

    @Test
    void theSessionDrawsTheSameLines() throws Exception {
        String early = EarlyTitle.screenText(EarlyTitle.AlternateScreen.of("xterm").orElseThrow(), card(), false, true, 60, 20);
        try (VirtualTerminal vt = new VirtualTerminal(60, 20); TerminalPrompter prompter = new TerminalPrompter(vt.terminal, false, true, true)) {
            prompter.showWelcome(card(), "");
            String drawn = vt.text();
            String[] lines = strip(early).split("\r\n");
            assertThat(Arrays.stream(lines).filter(line -> !line.isBlank())).hasSizeGreaterThanOrEqualTo(3);
            assertThat(Arrays.stream(lines).map(String::strip).filter(line -> !line.isEmpty())).allSatisfy(line -> assertThat(drawn).contains(line));
        }
    }

    @Test
    void withoutATitleOnScreenTheSessionEntersTheAlternateScreenAndClearsIt() throws Exception {
        try (VirtualTerminal vt = new VirtualTerminal(60, 20)) {
            new TerminalPrompter(vt.terminal, false, true).close();
            assertThat(vt.raw()).contains("\u001b[?1049h", "\u001b[2J");
        }
    }

    private static String strip(String text) {
        return text.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
    }

    private static TitleCard card() {
        try {
            Questionnaire q = new QuestionnaireLoader().load("keys.yaml", TerminalPrompterTest.QUESTIONNAIRE.getBytes());
            return TitleCard.of(q);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
