package org.attune.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.definition.Starter;
import org.attune.files.AtomicFile;
import org.attune.text.ControlCharacters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class NewQuestionnaireCommand implements Callable<Integer> {
    private final NewCommand parent;
    private final PositionalParamSpec file = CommandSpecs.argument(Path.class, "FILE", "1").index("0")
            .description("The questionnaire file to write, such as group-check.yaml.").build();
    private final OptionSpec force = CommandSpecs.flag("--force").description("Replace FILE if it exists.").build();
    private final CommandSpec spec;

    NewQuestionnaireCommand(NewCommand parent) {
        this.parent = parent;
        this.spec = CommandSpecs.command(this, "questionnaire", "Write a commented starter questionnaire to FILE.", List.of(
                "The starter has a scale, two sections, an item asked only sometimes (showIf), a score with",
                "bands, a flag, recommendations and a default, each with a comment on what it does. It is",
                "valid as written; its id comes from the file name. An existing FILE is kept unless --force."),
                file, force);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CliEnvironment environment = parent.root().environment();
        Path file = this.file.getValue();
        String name = ControlCharacters.visible(file.toString());
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return refuse(environment, name + ": the folder " + ControlCharacters.visible(String.valueOf(folder)) + " does not exist; create it first");
        }
        if (Files.isDirectory(file)) {
            return refuse(environment, name + ": this is a folder; name a file inside it, such as " + ControlCharacters.visible(file.resolve("questionnaire.yaml").toString()));
        }
        if (Files.exists(file) && !CommandSpecs.given(force)) {
            return refuse(environment, name + ": the file exists and was kept; add --force to replace it, or choose another name");
        }
        String id = Starter.idFor(file.getFileName().toString());
        try {
            AtomicFile.write(file, Starter.questionnaire(id));
        } catch (IOException e) {
            return refuse(environment, name + ": cannot write the file (" + ControlCharacters.visible(String.valueOf(e.getMessage())) + "); check that you may write to its folder");
        }
        environment.err().println("wrote " + name + ", a starter questionnaire with the id '" + id + "'");
        // quoted for the shell when it needs to be, so the line can be pasted as it is
        String typed = name.matches("[A-Za-z0-9_./:+,@%=-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
        environment.err().println("next: edit it, then run: attune validate " + typed);
        environment.err().flush();
        return ExitCode.OK;
    }

    private static int refuse(CliEnvironment environment, String message) {
        environment.err().println("attune: " + message);
        environment.err().flush();
        return ExitCode.INVALID_INPUT;
    }
}
