package io.github.unionkit.rules.catalogue;

import io.github.unionkit.rules.RuleCode;

/**
 * The codes of the built-in rules, one constant per rule. Codes are stable: a published code never
 * changes meaning, and a retired rule's code is never reused. {@code docs/rules.md} documents each.
 */
public final class Codes {

    private Codes() {
    }

    /** Size bands of a clause overlap or leave a gap. */
    public static final RuleCode SIZE_BANDS_NOT_COMPLEMENTARY = RuleCode.of("UK-SIZE-001");
    /** An organization is listed in a band its membership does not fall in. */
    public static final RuleCode SIZE_WRONG_BAND = RuleCode.of("UK-SIZE-002");
    /** An organization is listed twice in the bands of one clause. */
    public static final RuleCode SIZE_LISTED_TWICE = RuleCode.of("UK-SIZE-003");
    /** A band lists an organization the registry does not know. */
    public static final RuleCode SIZE_UNKNOWN_ORGANIZATION = RuleCode.of("UK-SIZE-004");
    /** An addressed organization is listed in no band. */
    public static final RuleCode SIZE_NOT_LISTED = RuleCode.of("UK-SIZE-005");
    /** A listed name matches several organizations once inflection is set aside. */
    public static final RuleCode SIZE_AMBIGUOUS_NAME = RuleCode.of("UK-SIZE-006");

    /** Two decrees of a register share a number. */
    public static final RuleCode DECREE_DUPLICATE_NUMBER = RuleCode.of("UK-DECREE-001");
    /** The questions of a meeting are not numbered 1..k without gaps. */
    public static final RuleCode DECREE_QUESTION_GAP = RuleCode.of("UK-DECREE-002");
    /** Decrees of one meeting carry different dates. */
    public static final RuleCode DECREE_MEETING_DATES = RuleCode.of("UK-DECREE-003");
    /** Meeting numbers do not increase with the dates. */
    public static final RuleCode DECREE_MEETING_ORDER = RuleCode.of("UK-DECREE-004");
    /** The register mixes numbering schemes. */
    public static final RuleCode DECREE_MIXED_SCHEMES = RuleCode.of("UK-DECREE-005");
    /** A decree of another body is in the register. */
    public static final RuleCode DECREE_FOREIGN_BODY = RuleCode.of("UK-DECREE-006");
    /** A decree is dated outside the body's term. */
    public static final RuleCode DECREE_OUTSIDE_TERM = RuleCode.of("UK-DECREE-007");
    /** A decree's number names another meeting than the meeting it records. */
    public static final RuleCode DECREE_MEETING_MISMATCH = RuleCode.of("UK-DECREE-008");
    /** An adopted resolution lacks its number, its adoption date or its issuing body. */
    public static final RuleCode DECREE_MISSING_ELEMENT = RuleCode.of("UK-DECREE-009");
    /** A rule did not run: the resolution's adoption date is unknown. */
    public static final RuleCode RULE_NO_DOCUMENT_DATE = RuleCode.of("UK-RULE-001");
    /** A rule did not run: the data it needs (membership counts, a tree) was not given. */
    public static final RuleCode RULE_NO_DATA = RuleCode.of("UK-RULE-002");
    /** A rule did not run: the issuing organization is unknown. */
    public static final RuleCode RULE_NO_ISSUER = RuleCode.of("UK-RULE-003");
    /** A rule did not run: the registry counts members of organizations the tree does not know. */
    public static final RuleCode RULE_COUNTS_OUTSIDE_TREE = RuleCode.of("UK-RULE-004");
    /** A resolution lacks its title or its operative formula. */
    public static final RuleCode DECREE_MISSING_TEXT = RuleCode.of("UK-DECREE-010");

    /** A deadline ends before the adoption date. */
    public static final RuleCode DEADLINE_BEFORE_ADOPTION = RuleCode.of("UK-DEADLINE-001");
    /** A deadline ends after the programme period. */
    public static final RuleCode DEADLINE_AFTER_PROGRAMME = RuleCode.of("UK-DEADLINE-002");
    /** A deadline ends after any term the issuing body can still have. */
    public static final RuleCode DEADLINE_AFTER_TERM = RuleCode.of("UK-DEADLINE-003");
    /** A "до" deadline leaves fewer days than the profile's minimum. */
    public static final RuleCode DEADLINE_TOO_SHORT = RuleCode.of("UK-DEADLINE-004");
    /** An assignment has no deadline. */
    public static final RuleCode DEADLINE_UNSPECIFIED = RuleCode.of("UK-DEADLINE-005");
    /** A deadline is kept as written but cannot be resolved to days (refused, or no document date). */
    public static final RuleCode DEADLINE_UNRESOLVED = RuleCode.of("UK-DEADLINE-006");

    /** Two organizations share an id. */
    public static final RuleCode ORG_DUPLICATE_ID = RuleCode.of("UK-ORG-001");
    /** An organization sits under a parent of a level it may not sit under. */
    public static final RuleCode ORG_ILLEGAL_LEVEL = RuleCode.of("UK-ORG-002");
    /** An organization names a parent that does not exist. */
    public static final RuleCode ORG_UNKNOWN_PARENT = RuleCode.of("UK-ORG-003");
    /** The parent chain of an organization loops. */
    public static final RuleCode ORG_CYCLE = RuleCode.of("UK-ORG-004");
    /** A primary organization has fewer members than the charter minimum. */
    public static final RuleCode ORG_PRIMARY_TOO_SMALL = RuleCode.of("UK-ORG-005");
    /** A parent's count is smaller than the sum of its children's counts. */
    public static final RuleCode ORG_COUNTS_INCONSISTENT = RuleCode.of("UK-ORG-006");
    /** A membership count is as of another date than the validation date. */
    public static final RuleCode ORG_COUNT_DATE = RuleCode.of("UK-ORG-007");

    /** A resolution has no control clause. */
    public static final RuleCode CLAUSE_NO_CONTROL = RuleCode.of("UK-CLAUSE-001");
    /** Top-level clause numbers are not 1..n without gaps. */
    public static final RuleCode CLAUSE_NOT_CONSECUTIVE = RuleCode.of("UK-CLAUSE-002");
    /** A clause stands at a level its number does not belong to. */
    public static final RuleCode CLAUSE_WRONG_NESTING = RuleCode.of("UK-CLAUSE-003");
    /** A reference points at a decree dated after the referring one. */
    public static final RuleCode REF_NOT_EARLIER = RuleCode.of("UK-REF-001");
    /** A reference points at a decree missing from the register. */
    public static final RuleCode REF_UNKNOWN = RuleCode.of("UK-REF-002");
    /** A decree refers to itself. */
    public static final RuleCode REF_SELF = RuleCode.of("UK-REF-003");

    /** A meeting lacked a quorum. */
    public static final RuleCode VOTE_NO_QUORUM = RuleCode.of("UK-VOTE-001");
    /** A decision lacked the required majority. */
    public static final RuleCode VOTE_NO_MAJORITY = RuleCode.of("UK-VOTE-002");
    /** Vote counts are inconsistent. */
    public static final RuleCode VOTE_INCONSISTENT = RuleCode.of("UK-VOTE-003");
    /** Two meetings of a body are further apart than the charter allows. */
    public static final RuleCode MEETING_GAP = RuleCode.of("UK-MEETING-001");
    /** A body's next meeting is overdue as of the validation date. */
    public static final RuleCode MEETING_OVERDUE = RuleCode.of("UK-MEETING-002");
    /** Meeting numbers repeat or do not increase with the dates. */
    public static final RuleCode MEETING_NUMBER_ORDER = RuleCode.of("UK-MEETING-003");
    /** An organization elected more delegates than its quota. */
    public static final RuleCode DELEGATE_OVER_QUOTA = RuleCode.of("UK-DELEGATE-001");
    /** An organization elected fewer delegates than its quota. */
    public static final RuleCode DELEGATE_UNDER_QUOTA = RuleCode.of("UK-DELEGATE-002");

    /** A member's admission date is in the future. */
    public static final RuleCode MEMBER_ADMISSION_FUTURE = RuleCode.of("UK-MEMBER-001");
    /** A member's exit is not after the admission. */
    public static final RuleCode MEMBER_EXIT_NOT_AFTER_ADMISSION = RuleCode.of("UK-MEMBER-002");
    /** A student member belongs to an organization that does not admit students. */
    public static final RuleCode MEMBER_CATEGORY_MISMATCH = RuleCode.of("UK-MEMBER-003");
    /** A member's organization is unknown or not a primary organization. */
    public static final RuleCode MEMBER_ORGANIZATION = RuleCode.of("UK-MEMBER-004");
    /** Two member records share an id. */
    public static final RuleCode MEMBER_DUPLICATE_ID = RuleCode.of("UK-MEMBER-005");
}
