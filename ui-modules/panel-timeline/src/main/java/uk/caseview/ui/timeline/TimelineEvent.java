package uk.caseview.ui.timeline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;

/**
 * One line of the timeline. {@code time} is known only for contact notes and pending writes;
 * {@code amountPence} is null for events that carry no money (a document received, a note).
 * {@code pending} is null for what a service holds, and says where it stands for the
 * caseworker's own change that is saved on this PC but not yet confirmed.
 */
record TimelineEvent(LocalDate date, LocalTime time, EventKind kind, String description, Long amountPence,
        String pending) {

    TimelineEvent(LocalDate date, LocalTime time, EventKind kind, String description, Long amountPence) {
        this(date, time, kind, description, amountPence, null);
    }

    boolean isPending() {
        return pending != null;
    }

    /** Newest first; on one day, timed events latest first, then the rest in filter-bar order. */
    static final Comparator<TimelineEvent> NEWEST_FIRST = Comparator
            .comparing(TimelineEvent::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(TimelineEvent::time, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(TimelineEvent::kind);

    /** Descriptions carry personal detail (note text), so they never reach a log this way. */
    @Override
    public String toString() {
        return "TimelineEvent[" + date + ", " + kind + ", redacted]";
    }
}
