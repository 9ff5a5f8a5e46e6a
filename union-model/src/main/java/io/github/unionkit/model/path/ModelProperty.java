package io.github.unionkit.model.path;

/**
 * The property names of the model's aggregates that a {@link PropertyPath} can name: where a rule
 * found a violation and where a parser read an element. One constant per property name, so that the
 * rules, the parsers and the command line write a path such as
 * {@code PropertyPath.of(CLAUSES).key("4.3").property(SIZE_BANDS)} without spelling a name that could
 * drift from the model's accessor. Each constant's {@link #propertyName()} is the accessor's name.
 *
 * <p>A name is shared by every aggregate that has such a property ({@link #NUMBER} is a resolution's
 * number and a clause's number); the path's earlier segments say which. JSON field names are the JSON
 * format's own (union-io, with its schema) and are not taken from here; the inputs that only the rules
 * define (a body's meeting history, a vote, an election) name their properties in union-rules.
 */
public enum ModelProperty {

    // Resolution (model.decree.Resolution)
    /** A resolution's or a clause's number. */
    NUMBER("number"),
    /** A resolution's date of adoption (or a clause's, for a dated part). */
    ADOPTED("adopted"),
    /** The kind of body that issued a resolution. */
    ISSUER_KIND("issuerKind"),
    /** The organization whose body issued a resolution. */
    ISSUER_ORGANIZATION("issuerOrganization"),
    /** The issuing body of a resolution, kind and organization together. */
    ISSUER("issuer"),
    /** A resolution's title. */
    TITLE("title"),
    /** A resolution's place of adoption. */
    PLACE("place"),
    /** A resolution's preamble. */
    PREAMBLE("preamble"),
    /** The operative formula («ПОСТАНОВЛЯЕТ:»). */
    OPERATIVE_FORMULA("operativeFormula"),
    /** A resolution's clauses, or a clause's sub-clauses. */
    CLAUSES("clauses"),
    /** The clause that puts a resolution's execution under control. */
    CONTROL_CLAUSE("controlClause"),
    /** The person who signed a resolution. */
    SIGNATORY("signatory"),
    /** A resolution's attachments. */
    ATTACHMENTS("attachments"),
    /** The references a resolution makes to other decrees. */
    REFERENCES("references"),
    /** The header lines above a resolution's requisites. */
    HEADER_LINES("headerLines"),

    // Clause, assignment, size band (model.decree)
    /** The enumerated items of a clause («1)», «а)»). */
    ITEMS("items"),
    /** The assignment a clause makes. */
    ASSIGNMENT("assignment"),
    /** The deadline of an assignment or of a size band. */
    DEADLINE("deadline"),
    /** The membership-size bands of a clause. */
    SIZE_BANDS("sizeBands"),
    /** The organizations listed in a size band, or the organizations of a tree. */
    ORGANIZATIONS("organizations"),

    // Organizations (model.org)
    /** An organization's parent. */
    PARENT("parent"),

    // Members (model.member)
    /** The members of a registry. */
    MEMBERS("members"),
    /** A member's primary organization. */
    PRIMARY_ORGANIZATION("primaryOrganization"),
    /** A member's category. */
    CATEGORY("category"),
    /** A member's admission date. */
    ADMISSION_DATE("admissionDate"),
    /** A member's exit from the union. */
    EXIT("exit"),
    /** The date of an exit, a transfer or a change. */
    DATE("date");

    private final String propertyName;

    ModelProperty(String propertyName) {
        this.propertyName = propertyName;
    }

    /**
     * Returns the property's name as a path prints it: the model accessor's name.
     *
     * @return the name, an ASCII identifier
     */
    public String propertyName() {
        return propertyName;
    }
}
