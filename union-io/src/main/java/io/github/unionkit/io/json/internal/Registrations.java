package io.github.unionkit.io.json.internal;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.Term;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.Assignment;
import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.ControlClause;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.Signatory;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.meeting.AgendaItem;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.meeting.RomanNumeral;
import io.github.unionkit.model.meeting.VoteTally;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.Coverage;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.RuleCode;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;
import tools.jackson.databind.module.SimpleModule;

/**
 * Registers UnionKit's explicit serializers and deserializers on a module: every type gets a
 * hand-written pair, so the JSON format does not depend on reflection or on the model's internals.
 */
public final class Registrations {

    private Registrations() {
    }

    /**
     * Registers a serializer and a deserializer for {@code type}.
     *
     * @param module the module
     * @param type the type
     * @param encoder its encoder
     * @param decoder its decoder
     * @param <T> the type
     */
    public static <T> void register(SimpleModule module, Class<T> type, Encoder<T> encoder, Decoder<T> decoder) {
        module.addSerializer(type, new EncoderSerializer<>(type, encoder));
        module.addDeserializer(type, new DecoderDeserializer<>(type, decoder));
    }

    /**
     * Registers the date and period types: {@link LocalDate}, {@link YearMonth}, {@link Year},
     * {@link YearQuarter}, {@link YearHalf} and {@link LocalDateRange}.
     *
     * @param module the module
     */
    public static void registerTime(SimpleModule module) {
        register(module, LocalDate.class, TimeCodecs::writeDate, Scalars::date);
        register(module, YearMonth.class, TimeCodecs::writeYearMonth, Scalars::yearMonth);
        register(module, Year.class, TimeCodecs::writeYear, Scalars::year);
        register(module, YearQuarter.class, TimeCodecs::writeQuarter, TimeCodecs.QUARTER);
        register(module, YearHalf.class, TimeCodecs::writeHalf, TimeCodecs.HALF);
        register(module, LocalDateRange.class, TimeCodecs::writeRange, TimeCodecs::range);
    }

    /**
     * Registers the codecs of union-text's located results when union-text is present: it is an
     * optional dependency of union-io, and {@link TextCodecs} is loaded only then.
     *
     * @param module the module
     */
    public static void registerTextIfPresent(SimpleModule module) {
        boolean present;
        try {
            Class.forName("io.github.unionkit.io.text.TextSpan", false, Registrations.class.getClassLoader());
            present = true;
        } catch (ClassNotFoundException | LinkageError e) {
            present = false;
        }
        if (present) {
            TextCodecs.register(module);
        }
    }

    /**
     * Registers the union-model types and union-rules' validation reports.
     *
     * @param module the module
     */
    public static void registerModel(SimpleModule module) {
        register(module, OrganizationId.class, OrgCodecs::writeId, OrgCodecs.ORGANIZATION_ID);
        register(module, OrganizationName.class, OrgCodecs::writeName, OrgCodecs::readName);
        register(module, Organization.class, OrgCodecs::writeOrganization, OrgCodecs::readOrganization);
        // streamed: a national tree is read one organization at a time, never as one JsonNode tree
        module.addSerializer(OrganizationTree.class, new EncoderSerializer<>(OrganizationTree.class, OrgCodecs::writeTree));
        module.addDeserializer(OrganizationTree.class, new OrganizationTreeDeserializer());
        register(module, MembershipCount.class, OrgCodecs::writeCount, OrgCodecs::readCount);
        register(module, MembershipRange.class, OrgCodecs::writeRange, OrgCodecs::readRange);
        register(module, Coverage.class, OrgCodecs::writeCoverage, OrgCodecs::readCoverage);

        register(module, MemberId.class, MemberCodecs::writeId, MemberCodecs.MEMBER_ID);
        register(module, CardNumber.class, MemberCodecs::writeCard, MemberCodecs.CARD);
        register(module, PersonName.class, MemberCodecs::writeName, MemberCodecs::readName);
        register(module, MembershipExit.class, MemberCodecs::writeExit, MemberCodecs::readExit);
        module.addSerializer(Member.class, new EncoderSerializer<>(Member.class, MemberRecords::write));
        module.addDeserializer(Member.class, new MemberDeserializer());

        register(module, Body.class, MeetingCodecs::writeBody, MeetingCodecs::readBody);
        register(module, Term.class, MeetingCodecs::writeTerm, MeetingCodecs::readTerm);
        register(module, RomanNumeral.class, MeetingCodecs::writeRoman, MeetingCodecs.ROMAN);
        register(module, AgendaItem.class, MeetingCodecs::writeAgendaItem, MeetingCodecs::readAgendaItem);
        register(module, Meeting.class, MeetingCodecs::writeMeeting, MeetingCodecs::readMeeting);
        register(module, VoteTally.class, MeetingCodecs::writeTally, MeetingCodecs::readTally);

        register(module, Deadline.class, DeadlineCodecs::write, DeadlineCodecs::read);

        register(module, DecreeNumber.class, DecreeCodecs::writeDecreeNumber, DecreeCodecs.DECREE_NUMBER);
        register(module, ClauseNumber.class, DecreeCodecs::writeClauseNumber, DecreeCodecs.CLAUSE_NUMBER);
        register(module, OrganizationRef.class, DecreeCodecs::writeRef, DecreeCodecs::readRef);
        register(module, Assignee.class, DecreeCodecs::writeAssignee, DecreeCodecs::readAssignee);
        register(module, Assignment.class, DecreeCodecs::writeAssignment, DecreeCodecs::readAssignment);
        register(module, SizeBand.class, DecreeCodecs::writeSizeBand, DecreeCodecs::readSizeBand);
        register(module, DecreeReference.class, DecreeCodecs::writeReference, DecreeCodecs::readReference);
        register(module, ControlClause.class, DecreeCodecs::writeControl, DecreeCodecs::readControl);
        register(module, Signatory.class, DecreeCodecs::writeSignatory, DecreeCodecs::readSignatory);
        register(module, Attachment.class, DecreeCodecs::writeAttachment, DecreeCodecs::readAttachment);
        register(module, Clause.class, ResolutionCodecs::writeClause, ResolutionCodecs::readClause);
        register(module, Resolution.class, ResolutionCodecs::writeResolution, ResolutionCodecs::readResolution);

        register(module, RuleCode.class, (code, g) -> g.writeString(code.value()), RulesCodecs.RULE_CODE);
        register(module, PropertyPath.class, (path, g) -> g.writeString(path.toString()), RulesCodecs.PATH);
        register(module, Argument.class, RulesCodecs::writeArgument, RulesCodecs::readArgument);
        register(module, Violation.class, RulesCodecs::writeViolation, RulesCodecs::readViolation);
        register(module, ValidationReport.class, RulesCodecs::writeReport, RulesCodecs::readReport);
    }
}
