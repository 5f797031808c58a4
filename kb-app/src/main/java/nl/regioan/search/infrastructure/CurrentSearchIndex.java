package nl.regioan.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The index {@link SearchIndexStartup} opened, for callers that must not go through that EJB: the
 * after-commit observers (an item saved, in {@link KnowledgeBaseItems}; synonyms changed, through
 * {@link LuceneSearchEngine}) run while the committed transaction is still on the thread, and an
 * EJB call (bean-managed transactions) suspends it and then fails to resume it ("Invalid
 * transaction passed to resume()", the call throws). A plain CDI bean does not touch the transaction.
 */
@ApplicationScoped
public class CurrentSearchIndex {

    private static final Logger LOG = Logger.getLogger(CurrentSearchIndex.class.getName());

    private volatile LuceneSearchIndex index;

    void set(LuceneSearchIndex index) {
        this.index = index;
    }

    /** The open index; empty before the startup bean opened it and after it closed it. */
    Optional<LuceneSearchIndex> get() {
        return Optional.ofNullable(index);
    }

    /**
     * Indexes one item's current state after its transaction committed; returns when it is
     * searchable. Never throws: the save itself succeeded and its change log entry stays, so the
     * next start replays it.
     */
    public void apply(long itemId) {
        LuceneSearchIndex current = index;
        if (current == null) {
            LOG.warning("No search index open to index item " + itemId + "; it is repaired at the next start");
            return;
        }
        try {
            current.apply(itemId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Indexing item " + itemId + " failed; it is repaired at the next start", e);
        }
    }
}
