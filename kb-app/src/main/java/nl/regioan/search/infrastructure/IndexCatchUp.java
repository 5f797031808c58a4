package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;
import nl.regioan.search.domain.ChangeLog;
import nl.regioan.search.domain.ItemSource;

/**
 * Catch-up at start: replays the change log, i.e. every item change committed to the database whose
 * index update was not committed (the process stopped in between), commits, then forgets it.
 */
final class IndexCatchUp {

    private static final Logger LOG = Logger.getLogger(IndexCatchUp.class.getName());

    private final ItemSource source;
    private final ChangeLog changes;
    private final IndexWriterSession session;

    IndexCatchUp(ItemSource source, ChangeLog changes, IndexWriterSession session) {
        this.source = source;
        this.changes = changes;
        this.session = session;
    }

    /** The number of items replayed. */
    int replay(IndexGeneration generation) throws IOException {
        Map<Long, Long> outstanding = changes.outstanding();
        for (Long id : outstanding.keySet()) {
            session.writeCurrent(generation, source, id);
        }
        session.commit(generation);
        changes.forget(outstanding);
        generation.manager.maybeRefreshBlocking();
        if (!outstanding.isEmpty()) {
            LOG.info("Search index caught up: " + outstanding.size() + " items changed while it was not listening");
        }
        return outstanding.size();
    }
}
