package org.attune.config;

import java.nio.file.Path;
import java.util.Map;

/** Where attune keeps its files, following the XDG base directory rules (absolute paths only). */
public record XdgDirectories(Path configHome, Path stateHome, Path dataHome, Path cacheHome) {

    public static XdgDirectories from(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home", ".")));
        return new XdgDirectories(
                base(env, "XDG_CONFIG_HOME", home.resolve(".config")),
                base(env, "XDG_STATE_HOME", home.resolve(".local/state")),
                base(env, "XDG_DATA_HOME", home.resolve(".local/share")),
                base(env, "XDG_CACHE_HOME", home.resolve(".cache")));
    }

    /** The spec says relative values are invalid and must be ignored. */
    private static Path base(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback.resolve("attune");
        }
        return Path.of(value).resolve("attune");
    }

    public Path userQuestionnaires() {
        return configHome.resolve("questionnaires");
    }

    /** Unfinished sessions, saved after every answer. */
    public Path sessions() {
        return stateHome.resolve("sessions");
    }

    /** Finished results: answers and reports. */
    public Path results() {
        return dataHome.resolve("results");
    }

    /** What questionnaires' title screens show, kept so the next start can draw one at once; safe to delete. */
    public Path titleCards() {
        return cacheHome.resolve("title-cards");
    }
}
