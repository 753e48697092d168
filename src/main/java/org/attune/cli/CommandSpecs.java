package org.attune.cli;

import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * attune's commands describe themselves to picocli in code rather than with annotations: to read
 * annotations, Java generates a proxy class for each annotation type at every start, and no start-up
 * archive can keep such classes. What the user sees is the same.
 */
final class CommandSpecs {
    private CommandSpecs() {}

    /**
     * The command {@code command} runs, with its arguments in the order given and then -h/--help and
     * -V/--version, as picocli's standard help options; -V prints attune's version in every command.
     */
    static CommandSpec command(Object command, String name, String header, List<String> description, ArgSpec... args) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new VersionProvider());
        spec.usageMessage().header(header).description(description.toArray(String[]::new));
        for (ArgSpec arg : args) {
            if (arg instanceof OptionSpec option) {
                spec.addOption(option);
            } else {
                spec.addPositional((PositionalParamSpec) arg);
            }
        }
        // the name picocli gives its own standard help options, so the model reads as it would from annotations
        return spec.addMixin("mixinStandardHelpOptions", CommandSpec.create()
                .addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build())
                .addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build()));
    }

    /** An option without a value: false unless given. */
    static OptionSpec.Builder flag(String... names) {
        return OptionSpec.builder(names).type(boolean.class).initialValue(false);
    }

    /** An option that takes a value of {@code type}, written {@code label} in the help. */
    static OptionSpec.Builder option(Class<?> type, String label, String... names) {
        return OptionSpec.builder(names).type(type).paramLabel(label);
    }

    /** An option that may be repeated, each time with a value of {@code type}. */
    static OptionSpec.Builder repeatable(Class<?> type, String label, String... names) {
        return OptionSpec.builder(names).type(List.class).auxiliaryTypes(type).paramLabel(label);
    }

    /**
     * An argument of {@code type}, taken {@code arity} times ("1", "0..1"); required when that is at least once,
     * as picocli's annotations make it.
     */
    static PositionalParamSpec.Builder argument(Class<?> type, String label, String arity) {
        return PositionalParamSpec.builder().type(type).paramLabel(label).arity(arity).required(Range.valueOf(arity).min() > 0);
    }

    /** The arguments after the others, each a value of {@code type}. */
    static PositionalParamSpec.Builder arguments(Class<?> type, String label, String arity) {
        return argument(List.class, label, arity).auxiliaryTypes(type);
    }

    /** The QUESTIONNAIRE that run, score, explain, group and export take first. */
    static PositionalParamSpec questionnaire() {
        return argument(String.class, "QUESTIONNAIRE", "1").index("0").completionCandidates(new QuestionnaireIds())
                .description("A questionnaire id (see 'attune list') or a path to its file.").build();
    }

    /** The -a/--answers option of group and export. */
    static OptionSpec answersFolders() {
        return repeatable(String.class, "DIR|FILE", "-a", "--answers").required(true)
                .description("A folder of answers files (its *.yaml, *.yml and *.json files) or an answers file; repeat it for more.").build();
    }

    /** The values given to an optional repeatable option or list argument; empty when none was. */
    static <T> List<T> values(ArgSpec arg) {
        List<T> values = arg.getValue();
        return values == null ? List.of() : values;
    }

    /** Whether a flag was given (also before the command line is parsed: false). */
    static boolean given(OptionSpec flag) {
        return Boolean.TRUE.equals(flag.getValue());
    }
}
