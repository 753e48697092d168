package org.attune.cli;

/** Process entry point: wires the real environment into the command line and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Attune.execute(CliEnvironment.system(), args));
    }
}
