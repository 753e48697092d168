package org.attune.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.attune.config.XdgDirectories;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;
import org.attune.history.History;
import org.attune.history.HistoryFilter;
import org.attune.report.HistoryDocument;
import org.attune.results.PastResults;
import org.attune.results.ResultStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class HistoryCommand implements Callable<Integer> {
    private final AttuneCommand root;
    private final PositionalParamSpec questionnaire = CommandSpecs.argument(String.class, "QUESTIONNAIRE", "1").index("0")
            .description("A questionnaire id (see 'attune list') or file.").build();
    private final OptionSpec since = CommandSpecs.option(LocalDate.class, "DATE", "--since").converters(new DayConverter())
            .description("Only results taken on or after DATE (YYYY-MM-DD).").build();
    private final OptionSpec last = CommandSpecs.option(Integer.class, "N", "--last").description("Only the last N results (of each person).").build();
    private final OptionSpec respondent = CommandSpecs.option(String.class, "LABEL", "--respondent")
            .description("Only results about LABEL (the pseudonym given when answering).").build();
    private final OptionSpec format = CommandSpecs.option(HistoryFormat.class, "FORMAT", "-f", "--format").defaultValue("text")
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build();
    private final OptionSpec ascii = CommandSpecs.flag("--ascii").description("Draw with ASCII characters only.").build();
    private final CommandSpec spec;

    /** A day as ISO 8601 writes it, with a message that says so (not the Java class that could not parse it). */
    static final class DayConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date; write it as 2026-03-01");
            }
        }
    }

    HistoryCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "history", "Show how your results of one questionnaire changed over time.", List.of(
                "All finished results of QUESTIONNAIRE, oldest first: when each was taken, each score with its band,",
                "and the recommendation; then, per score, the change since the previous and the first result. Results",
                "about different people (pseudonyms) are shown apart, never compared. Where the questionnaire declares",
                "a score's reliability and sd, each change is judged by the reliable change index (Jacobson & Truax",
                "1991); otherwise the history says it cannot tell a real change from noise."),
                questionnaire, since, last, respondent, format, ascii);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = root.environment();
        Integer last = this.last.getValue();
        HistoryFormat format = this.format.getValue();
        if (last != null && last < 1) {
            environment.err().println("attune: --last is " + last + "; give a number of results from 1 up");
            return ExitCode.USAGE;
        }
        Questionnaire q;
        try {
            q = root.questionnaires().resolve(environment, questionnaire.getValue());
        } catch (InvalidFileException e) {
            return InvalidInput.report(e, environment.err());
        }
        PastResults.Listing listing = PastResults.read(new ResultStore(XdgDirectories.from(environment.variables()).results()));
        listing.warnings().forEach(w -> environment.err().println("attune: warning: " + w));
        HistoryFilter filter = new HistoryFilter(Optional.ofNullable(since.getValue()), last == null ? OptionalInt.empty() : OptionalInt.of(last),
                Optional.<String>ofNullable(respondent.getValue()).map(String::strip));
        History history = History.of(q, listing.results(), filter);
        if (history.timelines().isEmpty()) {
            environment.err().println(filter.equals(HistoryFilter.ALL)
                    ? "No results of '" + q.id() + "' yet. Answer it with: attune run " + q.id()
                    : "No results of '" + q.id() + "' match; 'attune results' lists them all");
            if (!format.isData()) {
                return ExitCode.OK;
            }
        }
        environment.out().print(format.renderer(environment.textStyle(root.noColor(), CommandSpecs.given(ascii), false)).render(HistoryDocument.of(history)));
        environment.out().flush();
        return ExitCode.OK;
    }
}
