package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.search.domain.ChangeLog;
import nl.regioan.search.domain.ItemSource;
import nl.regioan.search.domain.SearchableItem;

/**
 * Writing to a generation and committing it. Each commit carries the analyzer version, the time of
 * the newest change written and when the generation was built. Per item it remembers the newest
 * change log entry its written state includes, and forgets that entry in the change log only after
 * a commit that holds it: until then a crash is healed by replaying the entry.
 */
final class IndexWriterSession {

    static final String ANALYZER_KEY = "analyzer";
    static final String LAST_CHANGE_KEY = "lastChange";
    static final String BUILT_KEY = "built";

    private final ItemDocuments documents;
    private final ChangeLog changes;
    private final Clock clock;
    private final Map<Long, Long> applied = new ConcurrentHashMap<>();
    private volatile Instant lastChange = Instant.EPOCH;

    IndexWriterSession(AccessPolicy policy, ChangeLog changes, Clock clock) {
        this.documents = new ItemDocuments(policy);
        this.changes = changes;
        this.clock = clock;
    }

    /** Continues from the newest change an existing generation holds. */
    void continueFrom(Map<String, String> commitData) {
        lastChange = instant(commitData.get(LAST_CHANGE_KEY));
    }

    /** Writes the item's current state from {@code source}, or deletes it when it is gone; returns the sequence number. */
    long writeCurrent(IndexGeneration generation, ItemSource source, long itemId) throws IOException {
        Optional<SearchableItem> item = source.find(itemId);
        return item.isPresent() ? write(generation, item.get())
                : generation.writer.deleteDocuments(ItemDocuments.idTerm(itemId));
    }

    long write(IndexGeneration generation, SearchableItem item) throws IOException {
        long sequence = generation.writer.updateDocument(ItemDocuments.idTerm(item.id()), documents.build(item));
        if (item.updatedAt() != null) {
            noteChange(item.updatedAt());
        }
        return sequence;
    }

    /** The written state of the item includes change log entry {@code change}. */
    void applied(long itemId, long change) {
        if (change > 0) {
            applied.merge(itemId, change, Math::max);
        }
    }

    /** Commits, then forgets the change log entries written before the commit (not those that came in meanwhile). */
    void commitAndForget(IndexGeneration generation) throws IOException {
        Map<Long, Long> committed = Map.copyOf(applied);
        commit(generation);
        if (!committed.isEmpty()) {
            changes.forget(committed);
            committed.forEach(applied::remove); // unless a newer change came in meanwhile
        }
    }

    synchronized void commit(IndexGeneration generation) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(ANALYZER_KEY, DutchAnalysis.VERSION);
        data.put(LAST_CHANGE_KEY, lastChange.toString());
        data.put(BUILT_KEY, commitData(generation).getOrDefault(BUILT_KEY, clock.instant().toString()));
        generation.writer.setLiveCommitData(data.entrySet());
        generation.writer.commit();
    }

    /** When the generation was first committed; null before. */
    static Instant built(IndexGeneration generation) {
        String value = commitData(generation).get(BUILT_KEY);
        return value == null ? null : instant(value);
    }

    private static Map<String, String> commitData(IndexGeneration generation) {
        Map<String, String> map = new HashMap<>();
        if (generation.writer.getLiveCommitData() != null) {
            generation.writer.getLiveCommitData().forEach(e -> map.put(e.getKey(), e.getValue()));
        }
        return map;
    }

    private synchronized void noteChange(Instant updated) {
        if (updated.isAfter(lastChange)) {
            lastChange = updated;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? Instant.EPOCH : Instant.parse(text);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }
}
