package org.attune.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.config.XdgDirectories;
import org.attune.definition.CatalogEntry;
import org.attune.definition.QuestionnaireCatalog;
import org.attune.definition.QuestionnaireLoader;
import org.attune.report.CatalogListing;
import org.attune.text.ControlCharacters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class ListCommand implements Callable<Integer> {
    private final AttuneCommand root;
    private final OptionSpec paths = CommandSpecs.repeatable(Path.class, "DIR", "--path")
            .description("Also list the questionnaires in DIR (repeatable).").build();
    private final OptionSpec format = CommandSpecs.option(ListFormat.class, "FORMAT", "--format").defaultValue("text")
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build();
    private final CommandSpec spec;

    enum ListFormat { text, json }

    ListCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "list", "List the questionnaires you can use.", List.of(
                "Shows the bundled questionnaires, those in $XDG_CONFIG_HOME/attune/questionnaires",
                "(~/.config/attune/questionnaires), and those in any --path folder.",
                "Files there that are not valid are named on stderr and skipped."),
                paths, format);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        List<Path> paths = CommandSpecs.values(this.paths);
        List<Path> folders = new ArrayList<>();
        folders.add(XdgDirectories.from(environment.variables()).userQuestionnaires());
        folders.addAll(paths);
        for (Path path : paths) {
            if (!path.toFile().isDirectory()) {
                environment.err().println("attune: --path " + path + " is not a folder; skipped");
            }
        }
        List<CatalogEntry> entries = new QuestionnaireCatalog(new QuestionnaireLoader(), folders).entries();
        for (CatalogEntry entry : entries) {
            if (entry.questionnaire().isEmpty()) {
                environment.err().println(ControlCharacters.visible("attune: skipped " + entry.source() + ": " + firstProblem(entry) + "; "
                        + (entry.bundled() ? "this build of attune is broken, please reinstall it" : "run 'attune validate " + entry.source() + "'")));
            }
        }
        if (format.getValue() == ListFormat.json) {
            CatalogListing.writeJson(entries, environment.out());
        } else {
            CatalogListing.writeText(entries, environment.out());
        }
        environment.err().flush();
        return ExitCode.OK;
    }

    private static String firstProblem(CatalogEntry entry) {
        if (entry.problems().isEmpty()) {
            return "not valid";
        }
        var first = entry.problems().get(0);
        int more = entry.problems().size() - 1;
        return "line " + first.location().line() + ": " + first.message() + (more == 0 ? "" : " (and " + more + " more)");
    }
}
