package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.meeting.Meeting;
import java.util.List;
import java.util.Objects;

/**
 * The meetings one body held: the subject of the meeting-frequency rules.
 *
 * @param body the body
 * @param meetings its meetings, in any order
 */
public record MeetingHistory(Body body, List<Meeting> meetings) {

    /**
     * Creates a history.
     *
     * @param body not null
     * @param meetings not null, no null elements; copied
     */
    public MeetingHistory {
        Objects.requireNonNull(body, "body");
        meetings = List.copyOf(Objects.requireNonNull(meetings, "meetings"));
    }

    /**
     * Returns a history.
     *
     * @param body not null
     * @param meetings not null
     * @return the history
     */
    public static MeetingHistory of(Body body, List<Meeting> meetings) {
        return new MeetingHistory(body, meetings);
    }
}
