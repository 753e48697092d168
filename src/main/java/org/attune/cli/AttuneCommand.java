package org.attune.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** The root command: the options every command takes, and what commands share (streams, early work). */
final class AttuneCommand implements Runnable {
    private final CliEnvironment environment;
    private final FirstScreen firstScreen;
    private final QuestionnaireAhead questionnaires;
    private final OptionSpec debug = CommandSpecs.flag("--debug").scopeType(ScopeType.INHERIT)
            .description("Show stack traces for unexpected errors.").build();
    private final OptionSpec noColor = CommandSpecs.flag("--no-color").scopeType(ScopeType.INHERIT)
            .description("Never use colour (also when NO_COLOR is set).").build();
    private final CommandSpec spec;

    AttuneCommand(CliEnvironment environment, FirstScreen firstScreen, QuestionnaireAhead questionnaires) {
        this.environment = environment;
        this.firstScreen = firstScreen;
        this.questionnaires = questionnaires;
        this.spec = CommandSpecs.command(this, "attune", "Reflective questionnaires for therapists and clinical supervisors.",
                List.of("Loads questionnaires written in YAML, checks them, and scores answers into a guidance report.",
                        "Reports are a reflective aid, never a diagnosis."),
                debug, noColor);
        spec.usageMessage().autoWidth(true).footerHeading("%nExit codes:%n").footer(
                "  0    success",
                "  1    invalid input (a questionnaire or answers file has problems)",
                "  2    usage error (unknown option, missing argument)",
                "  130  interrupted (Ctrl-C or SIGINT)",
                "  129  stopped by SIGHUP, 143 by SIGTERM (every answer given is kept)",
                "",
                "Questionnaire format: docs/questionnaire-format.md");
    }

    CommandSpec spec() {
        return spec;
    }

    CliEnvironment environment() {
        return environment;
    }

    boolean debug() {
        return CommandSpecs.given(debug);
    }

    boolean noColor() {
        return CommandSpecs.given(noColor);
    }

    /** Where commands get the questionnaire they name: perhaps loaded while the command line was parsed. */
    QuestionnaireAhead questionnaires() {
        return questionnaires;
    }

    /** The title screen already shown for 'run', if any. */
    FirstScreen firstScreen() {
        return firstScreen;
    }

    @Override
    public void run() {
        spec.commandLine().usage(environment.out());
    }
}
