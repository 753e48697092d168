package org.attune.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "new",
        mixinStandardHelpOptions = true,
        header = "Start something new from a commented starter.",
        subcommands = NewQuestionnaireCommand.class)
final class NewCommand implements Runnable {
    @ParentCommand
    AttuneCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    AttuneCommand root() {
        return root;
    }

    @Override
    public void run() {
        spec.commandLine().usage(root.environment().out());
    }
}
