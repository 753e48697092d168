package org.attune.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attune.config.XdgDirectories;
import org.attune.report.ReportWording;
import org.attune.results.PastResults;
import org.attune.results.ResultDeletion;
import org.attune.results.ResultStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ResultsDeleteCommand implements Callable<Integer> {
    private final ResultsCommand results;
    private final PositionalParamSpec numbers = CommandSpecs.arguments(Integer.class, "NUMBER", "0..*")
            .description("Which results, as 'attune results' numbers them.").build();
    private final OptionSpec all = CommandSpecs.flag("--all").description("Delete every saved result.").build();
    private final OptionSpec yes = CommandSpecs.flag("-y", "--yes").description("Do not ask; delete.").build();
    private final CommandSpec spec;

    ResultsDeleteCommand(ResultsCommand results) {
        this.results = results;
        this.spec = CommandSpecs.command(this, "delete", "Delete saved results, after asking.", List.of(
                "Deletes results by their numbers in 'attune results' (answers and report together), or all of them",
                "with --all. It asks first; --yes deletes without asking, for scripts. Later results move up to the",
                "freed numbers."),
                numbers, all, yes);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = results.root().environment();
        boolean all = CommandSpecs.given(this.all);
        List<Integer> numbers = CommandSpecs.values(this.numbers);
        if (all == !numbers.isEmpty()) {
            environment.err().println("attune: name the results to delete by NUMBER, or give --all (not both)");
            return ExitCode.USAGE;
        }
        PastResults.Listing listing = PastResults.read(new ResultStore(XdgDirectories.from(environment.variables()).results()));
        listing.warnings().forEach(w -> environment.err().println("attune: warning: " + w));
        List<PastResults.PastResult> chosen = new ArrayList<>();
        if (all) {
            chosen.addAll(listing.results());
        }
        for (int n : numbers) {
            Optional<PastResults.PastResult> found = listing.number(n);
            if (found.isEmpty()) {
                environment.err().println("attune: there is no result " + n + "; 'attune results' lists them; nothing was deleted");
                return ExitCode.USAGE;
            }
            if (!chosen.contains(found.get())) {
                chosen.add(found.get());
            }
        }
        if (chosen.isEmpty()) {
            environment.err().println("No results to delete.");
            return ExitCode.OK;
        }
        if (!CommandSpecs.given(yes)) {
            chosen.forEach(r -> environment.err().println("  " + r.number() + "  " + r.takenAt().map(ReportWording::date).orElse("?") + "  "
                    + r.questionnaireId() + r.respondent().map(p -> "  " + p).orElse("")));
            environment.err().print("Delete " + (chosen.size() == 1 ? "this result" : "these " + chosen.size() + " results")
                    + "? This cannot be undone. [y/N] ");
            environment.err().flush();
            String answer = new BufferedReader(new InputStreamReader(environment.in(), StandardCharsets.UTF_8)).readLine();
            if (answer == null) {
                environment.err().println();
                environment.err().println("attune: nothing was deleted: there was no answer; add --yes to delete without asking");
                return ExitCode.USAGE;
            }
            if (!List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT))) {
                environment.err().println("Nothing was deleted.");
                return ExitCode.OK;
            }
        }
        ResultDeletion.delete(chosen);
        environment.err().println("Deleted " + (chosen.size() == 1 ? "1 result." : chosen.size() + " results."));
        return ExitCode.OK;
    }
}
