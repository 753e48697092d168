package org.attune.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Print a shell completion script for bash and zsh.",
            "Enable it with:  source <(attune completion)",
            "or save it:      attune completion > ~/.local/share/bash-completion/completions/attune"
        })
final class CompletionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(AutoComplete.bash("attune", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
    }
}
