package io.github.unionkit.examples.cli;

/** The output formats of commands that print a report. */
public enum OutputFormat {
    /** A report for people, in the chosen language. */
    TEXT,
    /** A JSON document for programs; field names are English, messages in the chosen language. */
    JSON
}
