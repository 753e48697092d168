package org.attune.session.terminal;

import java.util.Optional;
import org.attune.session.TitleCard;

/** What the title screen says, for the session's drawing and for {@link EarlyTitle}'s alike. */
final class TitleScreen {
    private TitleScreen() {}

    static void draw(Canvas canvas, TitleCard card, String note, Optional<String> hint, Styles styles, boolean unicode) {
        canvas.text(card.title(), styles.strong());
        canvas.blank();
        if (!card.description().isEmpty()) {
            canvas.text(card.description(), styles.plain());
            canvas.blank();
        }
        if (!card.instructions().isEmpty()) {
            canvas.text(card.instructions(), styles.plain());
            canvas.blank();
        }
        int minutes = card.estimatedMinutes();
        canvas.text("About " + minutes + (minutes == 1 ? " minute" : " minutes") + ", up to " + card.questions() + " questions. "
                + "Every answer is saved as you give it.", styles.dim());
        if (!note.isEmpty()) {
            canvas.blank();
            canvas.text(note, styles.notice());
        }
        hint.ifPresent(h -> {
            canvas.blank();
            canvas.text(h, styles.notice());
        });
        canvas.footer("Enter begin " + TerminalPrompter.dot(unicode) + " q leave", styles.dim());
    }
}
