package io.github.unionkit.model.meeting;

/** The kind of a meeting of a body. */
public enum MeetingKind {
    /** An ordinary session of a body (заседание). */
    SESSION,
    /** A plenary session of a committee (пленум). */
    PLENUM,
    /** A congress (съезд), possibly held in stages. */
    CONGRESS,
    /** A conference (конференция). */
    CONFERENCE,
    /** A general meeting (собрание) of a primary organization. */
    GENERAL_MEETING
}
