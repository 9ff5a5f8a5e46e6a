package io.github.unionkit.io.registry;

/**
 * What an import does with a rejected record.
 */
public enum BadRowPolicy {

    /** Report the record with its line and reason, and go on with the next one. */
    REPORT_AND_CONTINUE,

    /** Report the record and stop the import; the report says it stopped early. */
    STOP_AT_FIRST
}
