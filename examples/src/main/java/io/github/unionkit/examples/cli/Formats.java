package io.github.unionkit.examples.cli;

import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.model.time.UntilDeadline;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * Formats dates, counts and deadlines for the command line's text reports, in the report's language:
 * ISO dates in English, {@code dd.MM.yyyy} in Russian.
 */
final class Formats {
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int TEXT_WIDTH = 72;

    private final Messages messages;

    Formats(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** A date in the report's language. */
    String date(LocalDate date) {
        return messages.lang() == Lang.RU ? RUSSIAN_DATE.format(date) : date.toString();
    }

    /** A count with the language's grouping (1,214 / 1 214). */
    String count(long count) {
        String text = NumberFormat.getIntegerInstance(messages.locale()).format(count);
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** The days of a window: "first – last", "from first", or "any day". */
    String window(LocalDateRange window) {
        if (window.isUnboundedStart() && window.isUnboundedEnd()) {
            return messages.get("window.any");
        }
        if (window.isUnboundedEnd()) {
            return messages.get("window.from", date(window.getStart()));
        }
        LocalDate last = window.getEndInclusive();
        return window.getStart().equals(last) ? date(last) : date(window.getStart()) + " – " + date(last);
    }

    /** The status of a deadline, as a short word. */
    String status(DeadlineStatus status) {
        return messages.get("status." + status.name());
    }

    /**
     * One line describing a deadline: the phrase as written, its last day (or window) and, for "до",
     * the policy that produced the last day.
     */
    String deadline(Deadline deadline) {
        StringBuilder text = new StringBuilder();
        Optional<String> phrase = deadline.phrase();
        phrase.ifPresent(p -> text.append('«').append(p).append("» → "));
        Optional<LocalDate> last = deadline.lastDay();
        switch (deadline.kind()) {
            case UNSPECIFIED:
                text.append(messages.get("deadline.unspecified"));
                break;
            case AFTER_EVENT:
                text.append(messages.get("deadline.afterEvent"));
                break;
            case UNRESOLVED:
                UnresolvedDeadline unresolved = (UnresolvedDeadline) deadline;
                text.append(messages.get("deadline.unresolved." + unresolved.reason().name(),
                        unresolved.refusal().map(Enum::name).orElse("")));
                break;
            case ONGOING:
            case RECURRING:
                text.append(messages.get("deadline.openEnded." + deadline.kind().name(), window(deadline.window())));
                break;
            default:
                text.append(messages.get("deadline.window", window(deadline.window()), date(last.orElseThrow())));
                break;
        }
        if (deadline instanceof UntilDeadline) {
            text.append(' ').append(messages.get("deadline.policy." + ((UntilDeadline) deadline).policy().name()));
        }
        return text.toString();
    }

    /** A text cut to the report's width, with an ellipsis when cut. */
    static String shorten(String text, int indent) {
        int width = Math.max(24, TEXT_WIDTH - indent);
        return text.length() <= width ? text : text.substring(0, width - 1).stripTrailing() + "…";
    }
}
