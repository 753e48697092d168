package org.attune.definition.yaml;

import org.attune.definition.Location;

/** A YAML value with the place it was written, so every later check can point at it. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    Location location();

    /** How a user would call this kind of value in an error message. */
    String describe();
}
