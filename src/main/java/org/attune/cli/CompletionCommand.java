package org.attune.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        mixinStandardHelpOptions = true,
        header = "Print a shell completion script for bash and zsh.",
        description = {
            "Enable completion in this shell:",
            "  source <(attune completion)",
            "Enable it in every new shell (bash-completion):",
            "  attune completion > \\",
            "    ~/.local/share/bash-completion/completions/attune"
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
