package org.attune.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.ResponseOption;
import org.attune.definition.Section;
import org.attune.text.ControlCharacters;

/**
 * Line-by-line prompts with no cursor movement or redraws, read in order by a screen reader and easy to
 * drive from a pipe. Information texts are printed without waiting, so piped answers line up with
 * questions. The end of input stops the session (it is saved) except on the review, where it finishes.
 */
public final class PlainPrompter implements Prompter {
    /** The longest answer read from input; far more than any answer, far less than memory. */
    static final int MAX_LINE = 64 * 1024;
    private final BufferedReader in;
    private final PrintWriter out;
    private Section lastSection;

    public PlainPrompter(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public boolean welcome(Questionnaire questionnaire, String note) {
        out.println(questionnaire.header().title());
        if (!questionnaire.header().description().isEmpty()) {
            out.println(questionnaire.header().description());
        }
        if (!questionnaire.header().instructions().isEmpty()) {
            out.println(questionnaire.header().instructions());
        }
        int minutes = questionnaire.header().estimatedMinutes();
        out.println("About " + minutes + (minutes == 1 ? " minute" : " minutes") + ". Type the answer and press Enter; "
                + "b goes back, s skips an optional question, " + (offersDecline(questionnaire) ? "d is for prefer not to answer, " : "")
                + "? shows help, q saves and stops.");
        if (!note.isEmpty()) {
            out.println(note);
        }
        out.flush();
        return true;
    }

    @Override
    public Action ask(Question question) {
        Item item = question.item();
        if (!question.section().equals(lastSection)) {
            lastSection = question.section();
            out.println();
            out.println("Section: " + lastSection.title() + ".");
            if (!lastSection.intro().isEmpty()) {
                out.println(lastSection.intro());
            }
        }
        question.notice().ifPresent(out::println);
        if (!item.isQuestion()) {
            out.println(item.text());
            out.flush();
            return new Action.Continue();
        }
        while (true) {
            out.println();
            out.println("Question " + question.progress().number() + " of " + question.progress().total() + ". " + item.text());
            options(item).forEach(out::println);
            question.current().ifPresent(a -> out.println("Current answer: " + a.display() + " (press Enter to keep it)."));
            out.print(prompt(question) + " ");
            out.flush();
            String line = readLine(item);
            if (line == null) {
                out.println();
                out.println("The input ended before the last question.");
                return new Action.Quit();
            }
            if (line.strip().equalsIgnoreCase("q")) {
                return new Action.Quit();
            }
            String typed = line.strip();
            if (typed.equalsIgnoreCase("b")) {
                return new Action.Back();
            }
            if (typed.equalsIgnoreCase("s")) {
                return new Action.Skip();
            }
            if (typed.equalsIgnoreCase("d") && item.common().declinable()) {
                return new Action.Answered(new AnswerValue.Declined());
            }
            if (typed.equalsIgnoreCase("d") && !(item instanceof Item.FreeText)) {
                out.println("This question does not offer \"prefer not to answer\". " + TypedAnswer.parse(item, line).problem());
                continue;
            }
            if (typed.equals("?")) {
                out.println(item.common().help().isEmpty() ? "There is no extra help for this question." : item.common().help());
                continue;
            }
            if (typed.isEmpty() && question.current().isPresent()) {
                return new Action.Answered(question.current().get());
            }
            if (typed.isEmpty() && !item.common().required()) {
                return new Action.Skip();
            }
            TypedAnswer.Parsed parsed = TypedAnswer.parse(item, line);
            if (parsed.isOk()) {
                return new Action.Answered(parsed.value());
            }
            out.println(parsed.problem());
        }
    }

    @Override
    public ReviewChoice review(Questionnaire questionnaire, List<ReviewLine> lines) {
        while (true) {
            out.println();
            out.println("Review your answers.");
            for (ReviewLine line : lines) {
                out.println(line.number() + ". " + line.item().text() + " Answer: " + line.answerText() + ".");
            }
            out.print("Press Enter (or f) to finish, type a question number to change its answer, b to go back, or q to save and stop: ");
            out.flush();
            String line = readLine(null);
            if (line == null || line.isBlank() || line.strip().equalsIgnoreCase("f")) {
                if (line == null) {
                    out.println();
                }
                return new ReviewChoice.Finish();
            }
            String typed = line.strip();
            if (typed.equalsIgnoreCase("q")) {
                return new ReviewChoice.Quit();
            }
            if (typed.equalsIgnoreCase("b")) {
                return new ReviewChoice.Back();
            }
            Optional<ReviewLine> chosen = lines.stream().filter(l -> String.valueOf(l.number()).equals(typed)).findFirst();
            if (chosen.isPresent()) {
                return new ReviewChoice.Change(chosen.get().item().id());
            }
            out.println("Type a number from 1 to " + lines.size() + ", or press Enter to finish.");
        }
    }

    private static boolean offersDecline(Questionnaire questionnaire) {
        return questionnaire.questions().stream().anyMatch(i -> i.common().declinable());
    }

    private static List<String> options(Item item) {
        List<ResponseOption> options = item.options();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            lines.add("  " + (i + 1) + ": " + options.get(i).label());
        }
        return lines;
    }

    /** "Answer 1 to 5, b for back, s to skip, ? for help:", naming only what applies here. */
    static String prompt(Question question) {
        Item item = question.item();
        String answer;
        if (item instanceof Item.SingleChoice c) {
            answer = "Answer 1 to " + c.options().size();
        } else if (item instanceof Item.MultipleChoice m) {
            answer = "Answer with the numbers that apply (1 to " + m.options().size() + ", such as 1 3; 0 for none)";
        } else if (item instanceof Item.YesNo) {
            answer = "Answer y or n";
        } else if (item instanceof Item.NumberItem n) {
            answer = "Type a number" + TypedAnswer.range(n);
        } else {
            answer = ((Item.FreeText) item).multiline() ? "Type your answer; an empty line ends it" : "Type your answer";
        }
        List<String> keys = new ArrayList<>();
        keys.add(answer);
        if (question.progress().number() > 1) {
            keys.add("b for back");
        }
        if (!item.common().required()) {
            keys.add("s or an empty line to skip");
        }
        if (item.common().declinable()) {
            keys.add("d for prefer not to answer");
        }
        if (!item.common().help().isEmpty()) {
            keys.add("? for help");
        }
        return String.join(", ", keys) + ":";
    }

    /** One line, or for multi-line text every line up to an empty one; null at the end of input. */
    private String readLine(Item item) {
        try {
            String first = boundedLine();
            if (first == null || !(item instanceof Item.FreeText text && text.multiline()) || first.isBlank() || first.strip().length() == 1) {
                return first;
            }
            StringBuilder lines = new StringBuilder(first);
            for (String next = boundedLine(); next != null && !next.isBlank(); next = boundedLine()) {
                lines.append('\n').append(next);
                if (lines.length() > MAX_LINE) {
                    throw tooLong();
                }
            }
            return lines.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * Like readLine, but a line (or input with no line breaks, like /dev/zero) stops at MAX_LINE
     * characters, and control characters other than tabs are left out.
     */
    private String boundedLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        int read = 0;
        while ((c = in.read()) != -1 && c != '\n') {
            if (++read > MAX_LINE) {
                throw tooLong();
            }
            if (!ControlCharacters.isForbiddenInText(c)) { // an ESC or a CR typed or piped in never reaches a report or a terminal
                line.append((char) c);
            }
        }
        return c == -1 && read == 0 ? null : line.toString();
    }

    private static IOException tooLong() {
        return new IOException("an answer on standard input is longer than " + MAX_LINE / 1024 + " KiB; the answers so far are saved");
    }

}
