package no.minside.staff;

import java.util.Set;

/**
 * A queue of work for staff (objections, referred plans): the staff home page lists each one the member's role may
 * work, with how many items are open and how many are overdue. Features implement it; the staff package knows none.
 */
public interface StaffQueue {

    /** Stable name: the message key {@code queue_<key>} in the staff bundle names it. */
    String key();

    /** The roles that work this queue. */
    Set<String> roles();

    /** Where the queue's page is. */
    String path();

    /** What is waiting now: in a fixed number of queries. */
    Counts counts();

    /** Items open, and of those the ones past the promised answer time. */
    record Counts(long open, long overdue) {
    }
}
