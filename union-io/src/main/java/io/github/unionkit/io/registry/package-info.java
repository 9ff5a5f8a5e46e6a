/**
 * The membership registry as a stream: reading and writing registry records as JSON Lines and CSV
 * with line numbers and bounded memory, the import pipeline (parse, validate, aggregate counts per
 * organization and level as of a date, route organizations through a size-tier schedule), the
 * pseudonymized export, and a generator of synthetic registries.
 *
 * <p>Memory grows with the number of organizations, never with the number of members; every record
 * read is either accepted or rejected with its line number and reason.
 */
package io.github.unionkit.io.registry;
