package nl.regioan.search.domain;

import java.util.Map;

/**
 * The durable record (outbox) of item changes the index has not yet committed: written in the
 * transaction of the change, forgotten after the index commit that holds the change, replayed at start.
 */
public interface ChangeLog {

    /** The newest recorded change of the item, 0 when there is none. */
    long newestFor(long itemId);

    /** Every item with recorded changes, with its newest change. */
    Map<Long, Long> outstanding();

    /** Forgets, per item, the changes up to and including the given one: the index has committed them. */
    void forget(Map<Long, Long> upTo);

    /** For an index that keeps no record (benchmarks, tests of other things). */
    static ChangeLog none() {
        return new ChangeLog() {
            @Override
            public long newestFor(long itemId) {
                return 0;
            }

            @Override
            public Map<Long, Long> outstanding() {
                return Map.of();
            }

            @Override
            public void forget(Map<Long, Long> upTo) {
                // nothing recorded
            }
        };
    }
}
