package org.attune.cli;

import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class CompletionCommand implements Runnable {
    enum Shell { bash, zsh, fish }

    private final PositionalParamSpec shell = CommandSpecs.argument(Shell.class, "SHELL", "0..1").index("0")
            .defaultValue("bash").description("bash, zsh or fish (default: ${DEFAULT-VALUE}).").build();
    private final CommandSpec spec = CommandSpecs.command(this, "completion", "Print a shell completion script for bash, zsh or fish.", List.of(
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
            "Questionnaire ids are those known when the script is printed: print it again after adding one."),
            shell);

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void run() {
        String script = switch (shell.<Shell>getValue()) {
            // picocli's script also runs in zsh, through bashcompinit
            case bash, zsh -> AutoComplete.bash("attune", spec.root().commandLine());
            case fish -> FishCompletion.script(spec.root());
        };
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
    }
}
