package org.attune.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

final class NewCommand implements Runnable {
    private final AttuneCommand root;
    private final CommandSpec spec;

    NewCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "new", "Start something new from a commented starter.", List.of())
                .addSubcommand("questionnaire", new NewQuestionnaireCommand(this).spec());
    }

    CommandSpec spec() {
        return spec;
    }

    AttuneCommand root() {
        return root;
    }

    @Override
    public void run() {
        spec.commandLine().usage(root.environment().out());
    }
}
