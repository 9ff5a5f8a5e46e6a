package io.github.unionkit.examples.cli;

import picocli.CommandLine;

/** Prints the version recorded in the runnable jar's manifest ({@code dev} when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "union " + (version == null ? "dev" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
