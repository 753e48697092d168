package org.attune.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "attune",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        versionProvider = VersionProvider.class,
        header = "Reflective questionnaires for therapists and clinical supervisors.",
        description = {
            "Loads questionnaires written in YAML, checks them, and scores answers into a guidance report.",
            "Reports are a reflective aid, never a diagnosis."
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0    success",
            "  1    invalid input (a questionnaire or answers file has problems)",
            "  2    usage error (unknown option, missing argument)",
            "  130  interrupted (Ctrl-C or SIGINT)",
            "  129  stopped by SIGHUP, 143 by SIGTERM (every answer given is kept)",
            "",
            "Questionnaire format: docs/questionnaire-format.md"
        })
final class AttuneCommand implements Runnable {
    private final CliEnvironment environment;
    private final FirstScreen firstScreen;
    private final QuestionnaireAhead questionnaires;

    @Option(names = "--debug", description = "Show stack traces for unexpected errors.", scope = ScopeType.INHERIT)
    boolean debug;

    @Option(names = "--no-color", description = "Never use colour (also when NO_COLOR is set).", scope = ScopeType.INHERIT)
    boolean noColor;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    AttuneCommand(CliEnvironment environment, FirstScreen firstScreen, QuestionnaireAhead questionnaires) {
        this.environment = environment;
        this.firstScreen = firstScreen;
        this.questionnaires = questionnaires;
    }

    CliEnvironment environment() {
        return environment;
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
