package org.attune.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.attune.config.XdgDirectories;
import org.attune.definition.InvalidFileException;
import org.attune.definition.Questionnaire;
import org.attune.history.History;
import org.attune.history.HistoryFilter;
import org.attune.report.HistoryDocument;
import org.attune.results.PastResults;
import org.attune.results.ResultStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "history",
        mixinStandardHelpOptions = true,
        header = "Show how your results of one questionnaire changed over time.",
        description = {
            "All finished results of QUESTIONNAIRE, oldest first: when each was taken, each score with its band,",
            "and the recommendation; then, per score, the change since the previous and the first result. Results",
            "about different people (pseudonyms) are shown apart, never compared. Where the questionnaire declares",
            "a score's reliability and sd, each change is judged by the reliable change index (Jacobson & Truax",
            "1991); otherwise the history says it cannot tell a real change from noise."
        })
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    AttuneCommand root;

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE", description = "A questionnaire id (see 'attune list') or file.")
    String questionnaire;

    @Option(names = "--since", paramLabel = "DATE", converter = DayConverter.class,
            description = "Only results taken on or after DATE (YYYY-MM-DD).")
    LocalDate since;

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

    @Option(names = "--last", paramLabel = "N", description = "Only the last N results (of each person).")
    Integer last;

    @Option(names = "--respondent", paramLabel = "LABEL", description = "Only results about LABEL (the pseudonym given when answering).")
    String respondent;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    HistoryFormat format;

    @Option(names = "--ascii", description = "Draw with ASCII characters only.")
    boolean ascii;

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = root.environment();
        if (last != null && last < 1) {
            environment.err().println("attune: --last is " + last + "; give a number of results from 1 up");
            return ExitCode.USAGE;
        }
        Questionnaire q;
        try {
            q = root.questionnaires().resolve(environment, questionnaire);
        } catch (InvalidFileException e) {
            return InvalidInput.report(e, environment.err());
        }
        PastResults.Listing listing = PastResults.read(new ResultStore(XdgDirectories.from(environment.variables()).results()));
        listing.warnings().forEach(w -> environment.err().println("attune: warning: " + w));
        HistoryFilter filter = new HistoryFilter(Optional.ofNullable(since), last == null ? OptionalInt.empty() : OptionalInt.of(last),
                Optional.ofNullable(respondent).map(String::strip));
        History history = History.of(q, listing.results(), filter);
        if (history.timelines().isEmpty()) {
            environment.err().println(filter.equals(HistoryFilter.ALL)
                    ? "No results of '" + q.id() + "' yet. Answer it with: attune run " + q.id()
                    : "No results of '" + q.id() + "' match; 'attune results' lists them all");
            if (!format.isData()) {
                return ExitCode.OK;
            }
        }
        environment.out().print(format.renderer(environment.textStyle(root.noColor, ascii, false)).render(HistoryDocument.of(history)));
        environment.out().flush();
        return ExitCode.OK;
    }
}
