package org.attune.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.config.XdgDirectories;
import org.attune.report.ReportWording;
import org.attune.results.PastResults;
import org.attune.results.ResultStore;
import picocli.CommandLine.Model.CommandSpec;

final class ResultsCommand implements Callable<Integer> {
    private final AttuneCommand root;
    private final CommandSpec spec;

    ResultsCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "results", "List your past results, or show one again.", List.of(
                "Each finished session keeps its answers and its report (JSON) in $XDG_DATA_HOME/attune/results",
                "(~/.local/share/attune/results), readable only by you. The list shows, oldest first, when each",
                "was taken, the questionnaire, your pseudonym, the recommendation and the scores; 'attune results",
                "show NUMBER' shows that report again, 'compare A B' two side by side, 'import FILE' adds earlier",
                "answers and 'delete NUMBER' removes one. 'attune history QUESTIONNAIRE' shows the change over time."))
                .addSubcommand("show", new ResultsShowCommand(this).spec())
                .addSubcommand("compare", new ResultsCompareCommand(this).spec())
                .addSubcommand("import", new ResultsImportCommand(this).spec())
                .addSubcommand("delete", new ResultsDeleteCommand(this).spec());
    }

    CommandSpec spec() {
        return spec;
    }

    AttuneCommand root() {
        return root;
    }

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = root.environment();
        PastResults.Listing listing = PastResults.read(new ResultStore(XdgDirectories.from(environment.variables()).results()));
        listing.warnings().forEach(w -> environment.err().println("attune: warning: " + w));
        if (listing.results().isEmpty()) {
            environment.err().println("No results yet. Answer a questionnaire with: attune run QUESTIONNAIRE");
            return ExitCode.OK;
        }
        environment.out().printf("%-3s %-24s %-26s %-14s %s%n", "#", "TAKEN", "QUESTIONNAIRE", "PSEUDONYM", "RECOMMENDATION");
        for (PastResults.PastResult result : listing.results()) {
            environment.out().printf("%-3d %-24s %-26s %-14s %s%n", result.number(), result.takenAt().map(ReportWording::date).orElse("?"),
                    result.questionnaireId(), result.respondent().orElse("-"), result.recommendation());
            List<String> scores = new ArrayList<>();
            result.scores().forEach(s -> scores.add(s.title() + " " + s.value() + s.band().map(b -> " (" + b + ")").orElse("")));
            if (!scores.isEmpty()) {
                environment.out().println("    " + String.join("; ", scores));
            }
        }
        environment.out().flush();
        environment.err().println("See one again with: attune results show NUMBER");
        return ExitCode.OK;
    }
}
