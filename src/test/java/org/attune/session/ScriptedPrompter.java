package org.attune.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.attune.definition.Questionnaire;

/** A prompter that plays back a script of actions and records every screen it was shown. */
final class ScriptedPrompter implements Prompter {
    private final Deque<Object> script = new ArrayDeque<>();
    final List<String> screens = new ArrayList<>();
    final List<Question> questions = new ArrayList<>();
    final List<List<ReviewLine>> reviews = new ArrayList<>();
    String welcomeNote;
    boolean leaveAtWelcome;

    ScriptedPrompter then(Object step) {
        script.add(step);
        return this;
    }

    @Override
    public boolean welcome(Questionnaire questionnaire, String note) {
        welcomeNote = note;
        screens.add("welcome");
        return !leaveAtWelcome;
    }

    @Override
    public Action ask(Question question) {
        questions.add(question);
        screens.add(question.item().id() + " " + question.progress().number() + "/" + question.progress().total()
                + question.notice().map(n -> " [" + n + "]").orElse(""));
        Object next = script.isEmpty() ? new Action.Quit() : script.poll();
        return (Action) next;
    }

    @Override
    public ReviewChoice review(Questionnaire questionnaire, List<ReviewLine> lines) {
        reviews.add(lines);
        screens.add("review " + lines.size());
        Object next = script.isEmpty() ? new ReviewChoice.Quit() : script.poll();
        return (ReviewChoice) next;
    }
}
