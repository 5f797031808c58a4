package nl.regioan.search.domain;

import java.time.Instant;

/**
 * The state of the search index, for administrators and the health check.
 *
 * @param state STARTING, CATCHING_UP (opened, replaying the change log), READY (caught up), REBUILDING
 *              (answering from the previous index, if any) or FAILED
 * @param rebuildDone items written so far by a running rebuild
 * @param lastRebuild when the index in use was built, or null if unknown
 */
public record IndexStatus(String state, String generation, String analyzerVersion, long documents,
                          boolean rebuilding, long rebuildDone, Instant lastRebuild, String error) {

    /** Ready for traffic: caught up with the change log, or rebuilding while the previous index answers. */
    public boolean ready() {
        return "READY".equals(state) || "REBUILDING".equals(state);
    }

    public boolean answering() {
        return generation != null;
    }
}
