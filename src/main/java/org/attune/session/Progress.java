package org.attune.session;

/** "Question 7 of 24": counts only the questions currently shown. */
public record Progress(int number, int total) {

    /** Filled cells of a progress bar {@code width} cells wide. */
    public int filled(int width) {
        return total == 0 ? width : Math.round((float) width * (number - 1) / total);
    }
}
