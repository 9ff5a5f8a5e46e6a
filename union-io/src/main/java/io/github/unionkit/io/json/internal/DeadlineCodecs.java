package io.github.unionkit.io.json.internal;

import io.github.unionkit.model.time.AfterEventDeadline;
import io.github.unionkit.model.time.DayRangeDeadline;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.DeadlineVisitor;
import io.github.unionkit.model.time.ExactDayDeadline;
import io.github.unionkit.model.time.HalfYearDeadline;
import io.github.unionkit.model.time.MonthDeadline;
import io.github.unionkit.model.time.NoLaterThanDeadline;
import io.github.unionkit.model.time.OngoingDeadline;
import io.github.unionkit.model.time.QuarterDeadline;
import io.github.unionkit.model.time.Recurrence;
import io.github.unionkit.model.time.RecurringDeadline;
import io.github.unionkit.model.time.RecurringDue;
import io.github.unionkit.model.time.RelativeTerm;
import io.github.unionkit.model.time.SchoolYear;
import io.github.unionkit.model.time.SchoolYearDeadline;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.model.time.UnspecifiedDeadline;
import io.github.unionkit.model.time.UntilDeadline;
import io.github.unionkit.model.time.UntilPolicy;
import io.github.unionkit.model.time.YearDeadline;
import io.github.unionkit.model.time.YearRangeDeadline;
import java.time.LocalDate;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of a deadline: its {@code kind}, the typed values of that kind, the derived
 * {@code window} and {@code lastDay}, and the {@code phrase} as written.
 *
 * <pre>{@code
 * {"kind": "QUARTER", "quarter": "2021-Q1",
 *  "window": {"start": "2021-01-01", "endInclusive": "2021-03-31"}, "lastDay": "2021-03-31",
 *  "phrase": "в первом квартале 2021 г."}
 * }</pre>
 * On reading, the typed values rebuild the deadline; {@code window} and {@code lastDay} are optional
 * but, when given, must equal what the values imply. An {@code UNRESOLVED} deadline writes its
 * {@code text} (the phrase as written, required), its {@code reason} and, for {@code REFUSED}, its
 * {@code refusal}; it has no {@code lastDay}. A {@code SCHOOL_YEAR} writes {@code "schoolYear":
 * "2021/2022"}; an {@code AFTER_EVENT} its {@code event} and optional {@code term} ({@code {"amount":
 * 10, "unit": "DAYS"}}); a {@code RECURRING} deadline its optional {@code due} rule ({@code {"type":
 * "BY_DAY", "month": 2, "day": 1, "policy": "EXCLUSIVE"}} or {@code {"type": "WITHIN", "month": 11,
 * "months": 1}}).
 */
public final class DeadlineCodecs {

    private DeadlineCodecs() {
    }

    /**
     * Writes a deadline.
     *
     * @param deadline the deadline
     * @param g the generator
     */
    public static void write(Deadline deadline, JsonGenerator g) {
        g.writeStartObject();
        Writes.enumValue(g, "kind", deadline.kind());
        deadline.accept(new ValueWriter(g));
        Writes.property(g, "window", deadline.window(), TimeCodecs::writeRange);
        Writes.optional(g, "lastDay", deadline.lastDay(), TimeCodecs::writeDate);
        Writes.optionalString(g, "phrase", deadline.phrase());
        g.writeEndObject();
    }

    /**
     * Reads a deadline.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the deadline
     */
    public static Deadline read(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        DeadlineKind kind = f.required("kind", Scalars.enumOf(DeadlineKind.class));
        Deadline deadline = f.build(() -> values(kind, f));
        Optional<LocalDateRange> window = f.optional("window", TimeCodecs::range);
        Optional<LocalDate> lastDay = f.optional("lastDay", Scalars::date);
        Optional<String> phrase = f.optionalString("phrase");
        f.finish();
        if (window.isPresent() && !window.get().equals(deadline.window())) {
            throw f.invalid("window", "window does not match the " + kind + " values");
        }
        if (lastDay.isPresent() && !lastDay.equals(deadline.lastDay())) {
            throw f.invalid("lastDay", "lastDay does not match the " + kind + " values");
        }
        return phrase.isPresent() ? f.build(() -> deadline.withPhrase(phrase.get())) : deadline;
    }

    private static final Decoder<SchoolYear> SCHOOL_YEAR =
            Scalars.parsed(9, SchoolYear::parse, "a school year like 2021/2022");

    private static RelativeTerm term(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        int amount = f.requiredInt("amount");
        RelativeTerm.Unit unit = f.required("unit", Scalars.enumOf(RelativeTerm.Unit.class));
        f.finish();
        return f.build(() -> RelativeTerm.of(amount, unit));
    }

    private static RecurringDue due(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        RecurringDue.Type type = f.required("type", Scalars.enumOf(RecurringDue.Type.class));
        int month = f.requiredInt("month");
        RecurringDue due;
        if (type == RecurringDue.Type.BY_DAY) {
            int day = f.requiredInt("day");
            UntilPolicy policy = f.required("policy", Scalars.enumOf(UntilPolicy.class));
            f.finish();
            due = f.build(() -> RecurringDue.byDay(month, day, policy));
        } else {
            int months = f.requiredInt("months");
            f.finish();
            due = f.build(() -> RecurringDue.within(month, months));
        }
        return due;
    }

    private static void writeTerm(RelativeTerm term, JsonGenerator g) {
        g.writeStartObject();
        g.writeName("amount");
        g.writeNumber(term.amount());
        Writes.enumValue(g, "unit", term.unit());
        g.writeEndObject();
    }

    private static void writeDue(RecurringDue due, JsonGenerator g) {
        g.writeStartObject();
        Writes.enumValue(g, "type", due.type());
        g.writeName("month");
        g.writeNumber(due.month());
        if (due.type() == RecurringDue.Type.BY_DAY) {
            g.writeName("day");
            g.writeNumber(due.day());
            Writes.enumValue(g, "policy", due.policy());
        } else {
            g.writeName("months");
            g.writeNumber(due.months());
        }
        g.writeEndObject();
    }

    private static Deadline values(DeadlineKind kind, Fields f) {
        switch (kind) {
            case EXACT_DAY:
                return Deadline.onDay(f.required("day", Scalars::date));
            case NO_LATER_THAN:
                return Deadline.noLaterThan(f.required("windowStart", Scalars::date), f.required("day", Scalars::date));
            case UNTIL:
                return Deadline.until(f.required("windowStart", Scalars::date), f.required("boundary", Scalars::date),
                        f.required("policy", Scalars.enumOf(UntilPolicy.class)));
            case MONTH:
                return Deadline.inMonth(f.required("month", Scalars::yearMonth));
            case QUARTER:
                return Deadline.inQuarter(f.required("quarter", TimeCodecs.QUARTER));
            case HALF_YEAR:
                return Deadline.inHalf(f.required("half", TimeCodecs.HALF));
            case YEAR:
                return Deadline.inYear(f.required("year", Scalars::year));
            case DAY_RANGE:
                return Deadline.between(f.required("first", Scalars::date), f.required("last", Scalars::date));
            case YEAR_RANGE:
                return Deadline.inYears(f.required("firstYear", Scalars::year), f.required("lastYear", Scalars::year));
            case ONGOING:
                return Deadline.ongoing(f.required("from", Scalars::date));
            case RECURRING:
                Recurrence recurrence = f.required("recurrence", Scalars.enumOf(Recurrence.class));
                LocalDate from = f.required("from", Scalars::date);
                Optional<RecurringDue> due = f.optional("due", DeadlineCodecs::due);
                return due.isPresent() ? Deadline.recurring(recurrence, from, due.get())
                        : Deadline.recurring(recurrence, from);
            case SCHOOL_YEAR:
                return Deadline.inSchoolYear(f.required("schoolYear", SCHOOL_YEAR));
            case AFTER_EVENT:
                String event = f.requiredString("event");
                Optional<RelativeTerm> term = f.optional("term", DeadlineCodecs::term);
                return term.isPresent() ? Deadline.afterEvent(event, term.get()) : Deadline.afterEvent(event);
            case UNRESOLVED:
                UnresolvedDeadline.Reason reason = f.required("reason", Scalars.enumOf(UnresolvedDeadline.Reason.class));
                Optional<UnresolvedDeadline.Refusal> refusal =
                        f.optional("refusal", Scalars.enumOf(UnresolvedDeadline.Refusal.class));
                String text = f.requiredString("text");
                if (reason == UnresolvedDeadline.Reason.REFUSED) {
                    return Deadline.refused(text, refusal.orElseThrow(
                            () -> f.invalid("refusal", "a REFUSED deadline needs its refusal"))).withoutPhrase();
                }
                if (refusal.isPresent()) {
                    throw f.invalid("refusal", "only a REFUSED deadline has a refusal");
                }
                return Deadline.unresolved(text, reason).withoutPhrase();
            default:
                return Deadline.unspecified();
        }
    }

    /** Writes the kind-specific values. */
    private static final class ValueWriter implements DeadlineVisitor<Void> {

        private final JsonGenerator g;

        ValueWriter(JsonGenerator g) {
            this.g = g;
        }

        private void date(String name, LocalDate date) {
            Writes.property(g, name, date, TimeCodecs::writeDate);
        }

        @Override
        public Void visitExactDay(ExactDayDeadline d) {
            date("day", d.day());
            return null;
        }

        @Override
        public Void visitNoLaterThan(NoLaterThanDeadline d) {
            date("windowStart", d.windowStart());
            date("day", d.day());
            return null;
        }

        @Override
        public Void visitUntil(UntilDeadline d) {
            date("windowStart", d.windowStart());
            date("boundary", d.boundary());
            Writes.enumValue(g, "policy", d.policy());
            return null;
        }

        @Override
        public Void visitMonth(MonthDeadline d) {
            Writes.property(g, "month", d.month(), TimeCodecs::writeYearMonth);
            return null;
        }

        @Override
        public Void visitQuarter(QuarterDeadline d) {
            Writes.property(g, "quarter", d.quarter(), TimeCodecs::writeQuarter);
            return null;
        }

        @Override
        public Void visitHalfYear(HalfYearDeadline d) {
            Writes.property(g, "half", d.half(), TimeCodecs::writeHalf);
            return null;
        }

        @Override
        public Void visitYear(YearDeadline d) {
            Writes.property(g, "year", d.year(), TimeCodecs::writeYear);
            return null;
        }

        @Override
        public Void visitDayRange(DayRangeDeadline d) {
            date("first", d.first());
            date("last", d.last());
            return null;
        }

        @Override
        public Void visitYearRange(YearRangeDeadline d) {
            Writes.property(g, "firstYear", d.first(), TimeCodecs::writeYear);
            Writes.property(g, "lastYear", d.last(), TimeCodecs::writeYear);
            return null;
        }

        @Override
        public Void visitOngoing(OngoingDeadline d) {
            date("from", d.from());
            return null;
        }

        @Override
        public Void visitRecurring(RecurringDeadline d) {
            Writes.enumValue(g, "recurrence", d.recurrence());
            date("from", d.from());
            Writes.optional(g, "due", d.due(), DeadlineCodecs::writeDue);
            return null;
        }

        @Override
        public Void visitSchoolYear(SchoolYearDeadline d) {
            Writes.optionalString(g, "schoolYear", Optional.of(d.schoolYear().toString()));
            return null;
        }

        @Override
        public Void visitAfterEvent(AfterEventDeadline d) {
            Writes.optionalString(g, "event", Optional.of(d.event()));
            Writes.optional(g, "term", d.term(), DeadlineCodecs::writeTerm);
            return null;
        }

        @Override
        public Void visitUnspecified(UnspecifiedDeadline d) {
            return null;
        }

        @Override
        public Void visitUnresolved(UnresolvedDeadline d) {
            Writes.enumValue(g, "reason", d.reason());
            d.refusal().ifPresent(refusal -> Writes.enumValue(g, "refusal", refusal));
            Writes.optionalString(g, "text", Optional.of(d.text()));
            return null;
        }
    }
}
