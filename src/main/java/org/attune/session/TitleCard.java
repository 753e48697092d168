package org.attune.session;

import org.attune.definition.Questionnaire;

/** What a questionnaire's title screen shows: all it takes to draw that screen before the questionnaire is loaded. */
public record TitleCard(String id, String title, String description, String instructions, int estimatedMinutes, int questions) {

    public static TitleCard of(Questionnaire questionnaire) {
        return new TitleCard(questionnaire.id(), questionnaire.header().title(), questionnaire.header().description(),
                questionnaire.header().instructions(), questionnaire.header().estimatedMinutes(), questionnaire.questions().size());
    }

    // written out: a record's own equals is linked on first use, which costs milliseconds of every first screen
    @Override
    public boolean equals(Object other) {
        return other instanceof TitleCard card && id.equals(card.id) && title.equals(card.title) && description.equals(card.description)
                && instructions.equals(card.instructions) && estimatedMinutes == card.estimatedMinutes && questions == card.questions;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, title, description, instructions, estimatedMinutes, questions);
    }
}
