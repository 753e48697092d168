package org.attune.cli;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.answers.Answers;
import org.attune.answers.AnswersFileReader;
import org.attune.config.XdgDirectories;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.Diagnostics;
import org.attune.diagnostics.InvalidFileException;
import org.attune.diagnostics.Location;
import org.attune.report.JsonReport;
import org.attune.report.ReportWording;
import org.attune.results.PastResults;
import org.attune.results.ResultImport;
import org.attune.results.ResultStore;
import org.attune.session.SessionFile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ResultsImportCommand implements Callable<Integer> {
    private final ResultsCommand results;
    private final PositionalParamSpec files = CommandSpecs.arguments(String.class, "FILE", "1..*")
            .description("Answers files or folders of them.").build();
    private final OptionSpec questionnaire = CommandSpecs.option(String.class, "QUESTIONNAIRE", "-q", "--questionnaire")
            .description("The questionnaire (id or file) the answers were given to, when it is neither bundled nor in your questionnaires folder.").build();
    private final CommandSpec spec;

    ResultsImportCommand(ResultsCommand results) {
        this.results = results;
        this.spec = CommandSpecs.command(this, "import", "Add earlier answers to your results.", List.of(
                "Each FILE is an answers file (see docs/answers-format.md) that names its questionnaire and says when it",
                "was answered (takenAt). It is scored now and kept with your results, in the order taken, so 'attune",
                "history' shows it. Answers already kept (same questionnaire, time, pseudonym and answers) are skipped.",
                "A folder stands for the answers files in it."),
                files, questionnaire);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = results.root().environment();
        String questionnaire = this.questionnaire.getValue();
        List<String> names;
        try {
            names = AnswerSources.expand(files.getValue());
        } catch (InvalidFileException e) {
            return InvalidInput.report(e, environment.err());
        }
        ResultStore store = new ResultStore(XdgDirectories.from(environment.variables()).results());
        PastResults.Listing listing = PastResults.read(store);
        listing.warnings().forEach(w -> environment.err().println("attune: warning: " + w));
        ResultImport importer = new ResultImport(store, listing, JsonReport::render);
        Map<String, Questionnaire> questionnaires = new HashMap<>();
        if (questionnaire != null) {
            try {
                Questionnaire given = Questionnaires.resolve(environment, questionnaire);
                questionnaires.put(given.id(), given);
            } catch (InvalidFileException e) {
                return InvalidInput.report(e, environment.err());
            }
        }
        int imported = 0;
        int skipped = 0;
        int failed = 0;
        for (String name : names) {
            try {
                byte[] bytes = AnswerSources.bytes(environment, name);
                String id = ResultImport.questionnaireOf(name, bytes).orElseThrow(() -> problem(name,
                        "the answers do not say which questionnaire they answer", "add 'questionnaire: ID' at the top"));
                Questionnaire q = questionnaires.containsKey(id) ? questionnaires.get(id) : Questionnaires.resolve(environment, id);
                questionnaires.put(id, q);
                Answers answers = new AnswersFileReader().read(name, bytes, q, false).answers();
                if (answers.takenAt().isEmpty()) {
                    throw problem(name, "the answers do not say when they were given",
                            "add 'takenAt:' with the date (2026-03-01) or time (2026-03-01T09:00:00Z) they were answered");
                }
                ResultImport.Outcome outcome = importer.add(q, answers, SessionFile.sourceOf(q));
                if (outcome instanceof ResultImport.Duplicate d) {
                    skipped++;
                    environment.err().println("skipped " + name + ": " + (d.number().isPresent() ? "the same answers are result " + d.number().getAsInt()
                            : "the same answers as a file imported just now"));
                } else {
                    imported++;
                    environment.err().println("imported " + name + " (" + id + ", " + ReportWording.taken(answers.takenAt().get())
                            + answers.respondent().map(r -> ", " + r).orElse("") + ")");
                }
            } catch (InvalidFileException e) {
                failed++;
                Diagnostics.render(e.diagnostics(), environment.err()::println);
            }
        }
        environment.err().println("attune: " + imported + " imported, " + skipped + " already kept"
                + (failed > 0 ? ", " + failed + " with problems (not imported)" : "") + "; see them with: attune results");
        return failed > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }

    private static InvalidFileException problem(String name, String message, String fix) {
        return new InvalidFileException(List.of(Diagnostic.at(Location.startOf(name), message, fix)));
    }
}
