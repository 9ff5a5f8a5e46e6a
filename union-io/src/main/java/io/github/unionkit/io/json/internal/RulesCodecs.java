package io.github.unionkit.io.json.internal;

import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.RuleCode;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.model.path.PropertyPath;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of validation reports: {@code {"valid": ..., "violations": [...]}}, each violation
 * with its rule code, severity, path, arguments (name and value, in order) and both messages.
 */
final class RulesCodecs {

    /** Decoder of a rule code such as {@code "UK-MEMBER-001"}. */
    public static final Decoder<RuleCode> RULE_CODE = Scalars.parsed(64, RuleCode::parse, "a rule code like UK-MEMBER-001");
    /** Decoder of a violation path such as {@code "clauses[2].assignment"}. */
    public static final Decoder<PropertyPath> PATH = Scalars.parsed(4096, PropertyPath::parse, "a path like clauses[2].text");

    private RulesCodecs() {
    }

    /**
     * Writes an argument.
     *
     * @param argument the argument
     * @param g the generator
     */
    public static void writeArgument(Argument argument, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("name", argument.name());
        g.writeStringProperty("value", argument.value());
        g.writeEndObject();
    }

    /**
     * Reads an argument.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the argument
     */
    public static Argument readArgument(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        String name = f.requiredString("name");
        String value = f.requiredString("value");
        f.finish();
        return f.build(() -> new Argument(name, value));
    }

    /**
     * Writes a violation.
     *
     * @param violation the violation
     * @param g the generator
     */
    public static void writeViolation(Violation violation, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("code", violation.code().value());
        Writes.enumValue(g, "severity", violation.severity());
        g.writeStringProperty("path", violation.path().toString());
        Writes.list(g, "arguments", violation.arguments(), RulesCodecs::writeArgument);
        g.writeStringProperty("messageRu", violation.messageRu());
        g.writeStringProperty("messageEn", violation.messageEn());
        g.writeEndObject();
    }

    /**
     * Reads a violation.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the violation
     */
    public static Violation readViolation(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        RuleCode code = f.required("code", RULE_CODE);
        Severity severity = f.required("severity", Scalars.enumOf(Severity.class));
        PropertyPath path = f.required("path", PATH);
        List<Argument> arguments = f.list("arguments", RulesCodecs::readArgument);
        String messageRu = f.requiredString("messageRu");
        String messageEn = f.requiredString("messageEn");
        f.finish();
        return f.build(() -> new Violation(code, severity, path, arguments, messageRu, messageEn));
    }

    /**
     * Writes a report with its derived {@code valid} flag.
     *
     * @param report the report
     * @param g the generator
     */
    public static void writeReport(ValidationReport report, JsonGenerator g) {
        g.writeStartObject();
        g.writeBooleanProperty("valid", report.isValid());
        Writes.requiredList(g, "violations", report.violations(), RulesCodecs::writeViolation);
        g.writeEndObject();
    }

    /**
     * Reads a report; {@code valid}, if given, must agree with the violations.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the report
     */
    public static ValidationReport readReport(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        Optional<Boolean> valid = f.optional("valid", Scalars::bool);
        List<Violation> violations = f.list("violations", RulesCodecs::readViolation);
        f.finish();
        ValidationReport report = f.build(() -> ValidationReport.of(violations));
        if (valid.isPresent() && valid.get() != report.isValid()) {
            throw f.invalid("valid", "valid does not agree with the severities of the violations");
        }
        return report;
    }
}
