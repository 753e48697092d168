package org.attune.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        mixinStandardHelpOptions = true,
        header = "Print a shell completion script for bash, zsh or fish.",
        description = {
            "Completes commands, options, formats and questionnaire ids (for run, score and explain).",
            "Enable completion in this shell (bash or zsh):",
            "  source <(attune completion bash)",
            "  source <(attune completion zsh)",
            "",
            "Enable it in every new shell:",
            "  attune completion bash > ~/.local/share/bash-completion/completions/attune",
            "  echo 'source <(attune completion zsh)' >> ~/.zshrc",
            "  attune completion fish > ~/.config/fish/completions/attune.fish",
            "",
            "Questionnaire ids are those known when the script is printed: print it again after adding one."
        })
final class CompletionCommand implements Runnable {
    enum Shell { bash, zsh, fish }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
            description = "bash, zsh or fish (default: ${DEFAULT-VALUE}).")
    Shell shell;

    @Override
    public void run() {
        String script = switch (shell) {
            // picocli's script also runs in zsh, through bashcompinit
            case bash, zsh -> AutoComplete.bash("attune", spec.root().commandLine());
            case fish -> FishCompletion.script(spec.root());
        };
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
    }
}
