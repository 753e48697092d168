package org.attune.yaml;

import org.attune.diagnostics.Location;

/** A YAML value with the place it was written, so every later check can point at it. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    Location location();

    /** How a user would call this kind of value in an error message. */
    String describe();
}
