package org.attune.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.config.XdgDirectories;
import org.attune.results.ResultStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "results",
        mixinStandardHelpOptions = true,
        header = "List your past results.",
        description = {
            "Each finished session keeps its answers and its report (JSON) in $XDG_DATA_HOME/attune/results",
            "(~/.local/share/attune/results), readable only by you. Score an answers file again with",
            "'attune score QUESTIONNAIRE --answers FILE' to see its report in another format."
        })
final class ResultsCommand implements Callable<Integer> {
    @ParentCommand
    AttuneCommand root;

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = root.environment();
        Path folder = XdgDirectories.from(environment.variables()).results();
        List<Path> results = new ResultStore(folder).answersFiles();
        if (results.isEmpty()) {
            environment.err().println("No results yet. Answer a questionnaire with: attune run QUESTIONNAIRE");
            return ExitCode.OK;
        }
        ObjectMapper json = new ObjectMapper();
        environment.out().printf("%-28s %-26s %-18s %s%n", "QUESTIONNAIRE", "TAKEN", "RECOMMENDATION", "ANSWERS FILE");
        for (Path answers : results) {
            Path report = ResultStore.reportFor(answers);
            JsonNode node = Files.exists(report) ? json.readTree(report.toFile()) : json.createObjectNode();
            environment.out().printf("%-28s %-26s %-18s %s%n", node.path("questionnaire").path("id").asText("?"),
                    node.path("takenAt").asText("?"), node.path("recommendation").path("kind").asText("?"), answers);
        }
        environment.out().flush();
        return ExitCode.OK;
    }
}
