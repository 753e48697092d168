package org.attune.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.attune.definition.FormatVersion;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar, so it can never disagree with the build. */
final class VersionProvider implements IVersionProvider {

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
