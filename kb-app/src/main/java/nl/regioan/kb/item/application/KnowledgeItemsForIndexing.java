package nl.regioan.kb.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.regioan.kb.item.domain.IndexableItem;

/**
 * Reads items for the search index. PLACEHOLDER written on the search branch so it compiles and
 * deploys before the knowledge base (issue 4) exists: it knows no items. The kb branch owns this
 * class and replaces it with one that reads MariaDB.
 */
@ApplicationScoped
public class KnowledgeItemsForIndexing {

    /** The item in its current state, or empty when it was deleted. */
    public Optional<IndexableItem> find(long id) {
        return Optional.empty();
    }

    /** Up to {@code size} items with an id above {@code afterId}, ordered by id, for rebuilds. */
    public List<IndexableItem> batch(long afterId, int size) {
        return List.of();
    }
}
