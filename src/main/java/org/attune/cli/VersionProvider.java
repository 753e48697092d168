package org.attune.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.attune.definition.FormatVersion;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar, so it can never disagree with the build. */
final class VersionProvider implements IVersionProvider {

    /**
     * Whether the arguments only ask for the version ('--version' or '-V' alone), which needs no parsing:
     * answered before picocli builds its model, which would be most of the time this takes.
     */
    static boolean onlyAskedFor(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** Prints the version as '--version' does. */
    static int print(PrintWriter out) {
        try {
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
        } catch (IOException e) {
            out.println("attune (version unknown: " + e.getMessage() + ")");
        }
        out.flush();
        return ExitCode.OK;
    }

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/attune/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "attune " + properties.getProperty("version", "unknown"),
            "questionnaire format " + FormatVersion.CURRENT
        };
    }
}
