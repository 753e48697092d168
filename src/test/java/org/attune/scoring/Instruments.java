package org.attune.scoring;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;

/** Loads test questionnaires and scores answers written as YAML, through the real reader and engine. */
final class Instruments {
    private Instruments() {}

    static Questionnaire load(String name) throws Exception {
        return new QuestionnaireLoader().load(Path.of("src/test/resources/instruments", name + ".yaml"));
    }

    static Questionnaire loadText(String yaml) throws Exception {
        return new QuestionnaireLoader().load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    static Guidance score(Questionnaire questionnaire, String answersYaml) throws Exception {
        return GuidanceEngine.evaluate(questionnaire, read(questionnaire, answersYaml).answers());
    }

    static AnswersFileReader.Result read(Questionnaire questionnaire, String answersYaml) throws Exception {
        String file = "questionnaire: " + questionnaire.id() + "\nversion: " + questionnaire.header().version() + "\nanswers:\n"
                + answersYaml.indent(2);
        return new AnswersFileReader().read("answers.yaml", file.getBytes(StandardCharsets.UTF_8), questionnaire, false);
    }

}
