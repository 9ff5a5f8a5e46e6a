package io.github.unionkit.rules.catalogue;


import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.meeting.VoteTally;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.rules.charter.BodyCharter;
import io.github.unionkit.rules.charter.Majority;
import io.github.unionkit.rules.charter.Quorum;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The meeting and vote rules ({@code UK-MEETING-*}, {@code UK-VOTE-*}): meetings no further apart than
 * the charter's interval for the body (presidium every three months, committee yearly, conference every
 * five years), the next meeting not overdue, meeting numbers increasing with the dates; quorum and
 * majority of a vote by the strategies the profile names, and consistent vote counts.
 */
public final class MeetingRules {

    private MeetingRules() {
    }

    /**
     * {@code UK-MEETING-001} (error): no two consecutive meetings are further apart than the charter
     * allows: the next meeting starts no later than the previous one's last day plus the interval.
     *
     * @return the rule
     */
    public static Rule<MeetingHistory> frequency() {
        return Rule.of(Codes.MEETING_GAP, Severity.ERROR, (rule, history, context) -> {
            List<Violation> out = new ArrayList<>();
            Optional<Period> interval = context.profile().body(history.body().kind())
                    .flatMap(BodyCharter::meetingInterval);
            if (interval.isEmpty()) {
                return out;
            }
            List<Meeting> sorted = byDate(history.meetings());
            for (int i = 1; i < sorted.size(); i++) {
                LocalDate previous = sorted.get(i - 1).lastDay();
                LocalDate next = sorted.get(i).firstDay();
                if (next.isAfter(previous.plus(interval.get()))) {
                    out.add(rule.violation(RulePaths.MEETINGS.index(history.meetings().indexOf(sorted.get(i))),
                            Argument.of("body", history.body().kind()), Argument.of("previous", previous),
                            Argument.of("next", next), Argument.of("interval", interval.get())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-MEETING-002} (warning): as of the context date, the body's last meeting is not longer
     * ago than the charter's interval.
     *
     * @return the rule
     */
    public static Rule<MeetingHistory> notOverdue() {
        return Rule.of(Codes.MEETING_OVERDUE, Severity.WARNING, (rule, history, context) -> {
            Optional<Period> interval = context.profile().body(history.body().kind())
                    .flatMap(BodyCharter::meetingInterval);
            if (interval.isEmpty() || history.meetings().isEmpty()) {
                return List.of();
            }
            List<Meeting> sorted = byDate(history.meetings());
            LocalDate last = sorted.get(sorted.size() - 1).lastDay();
            LocalDate due = last.plus(interval.get());
            if (!last.isAfter(context.asOf()) && context.asOf().isAfter(due)) {
                return List.of(rule.violation(RulePaths.MEETINGS, Argument.of("body", history.body().kind()),
                        Argument.of("last", last), Argument.of("due", due), Argument.of("asOf", context.asOf())));
            }
            return List.of();
        });
    }

    /**
     * {@code UK-MEETING-003} (error): numbered meetings have distinct numbers that increase with their
     * dates.
     *
     * @return the rule
     */
    public static Rule<MeetingHistory> numbersInOrder() {
        return Rule.of(Codes.MEETING_NUMBER_ORDER, Severity.ERROR, (rule, history, context) -> {
            List<Violation> out = new ArrayList<>();
            List<Meeting> sorted = byDate(history.meetings());
            Meeting previous = null;
            for (Meeting m : sorted) {
                if (m.number().isEmpty()) {
                    continue;
                }
                if (previous != null && m.number().getAsInt() <= previous.number().getAsInt()) {
                    out.add(rule.violation(RulePaths.MEETINGS.index(history.meetings().indexOf(m)),
                            Argument.of("meeting", m.number().getAsInt()), Argument.of("date", m.firstDay()),
                            Argument.of("previousMeeting", previous.number().getAsInt()),
                            Argument.of("previousDate", previous.firstDay())));
                }
                previous = m;
            }
            return out;
        });
    }

    /**
     * {@code UK-VOTE-001} (error): the meeting had the quorum the charter sets for the body.
     *
     * @return the rule
     */
    public static Rule<VoteRecord> quorum() {
        return Rule.of(Codes.VOTE_NO_QUORUM, Severity.ERROR, (rule, vote, context) -> {
            Optional<Quorum> quorum = context.profile().body(vote.bodyKind()).flatMap(BodyCharter::quorum);
            if (quorum.isEmpty() || !consistent(vote) || quorum.get().isReached(vote.present(), vote.members())) {
                return List.of();
            }
            return List.of(rule.violation(RulePaths.PRESENT, Argument.of("present", vote.present()),
                    Argument.of("members", vote.members()), Argument.of("quorum", quorum.get()),
                    Argument.of("needed", quorum.get().minimumPresent(vote.members()))));
        });
    }

    /**
     * {@code UK-VOTE-002} (error): the decision got the majority required — the record's own (for
     * qualified decisions) or the profile's ordinary majority for the body.
     *
     * @return the rule
     */
    public static Rule<VoteRecord> majority() {
        return Rule.of(Codes.VOTE_NO_MAJORITY, Severity.ERROR, (rule, vote, context) -> {
            Optional<Majority> majority = vote.requiredMajority()
                    .or(() -> context.profile().body(vote.bodyKind()).flatMap(BodyCharter::majority));
            if (majority.isEmpty() || !consistent(vote)) {
                return List.of();
            }
            VoteTally t = vote.tally();
            if (majority.get().isReached(t.votesFor(), t.votesAgainst(), t.abstained(), vote.present(), vote.members())) {
                return List.of();
            }
            return List.of(rule.violation(RulePaths.TALLY, Argument.of("votesFor", t.votesFor()),
                    Argument.of("needed", majority.get().votesNeeded(vote.present(), vote.members())),
                    Argument.of("majority", majority.get().id()), Argument.of("present", vote.present()),
                    Argument.of("members", vote.members())));
        });
    }

    /**
     * {@code UK-VOTE-003} (error): no more present than members, no more votes than present.
     *
     * @return the rule
     */
    public static Rule<VoteRecord> consistentCounts() {
        return Rule.of(Codes.VOTE_INCONSISTENT, Severity.ERROR, (rule, vote, context) -> consistent(vote) ? List.of()
                : List.of(rule.violation(PropertyPath.root(), Argument.of("members", vote.members()),
                        Argument.of("present", vote.present()), Argument.of("votes", vote.tally().total()))));
    }

    /**
     * Returns the meeting-history rules {@code UK-MEETING-001} … {@code 003}.
     *
     * @return the rules
     */
    public static List<Rule<MeetingHistory>> historyRules() {
        return List.of(frequency(), notOverdue(), numbersInOrder());
    }

    /**
     * Returns the vote rules {@code UK-VOTE-001} … {@code 003}.
     *
     * @return the rules
     */
    public static List<Rule<VoteRecord>> voteRules() {
        return List.of(quorum(), majority(), consistentCounts());
    }

    private static boolean consistent(VoteRecord vote) {
        return vote.present() <= vote.members() && (long) vote.tally().total() <= vote.present();
    }

    private static List<Meeting> byDate(List<Meeting> meetings) {
        List<Meeting> sorted = new ArrayList<>(meetings);
        sorted.sort(Comparator.comparing(Meeting::firstDay));
        return sorted;
    }
}
