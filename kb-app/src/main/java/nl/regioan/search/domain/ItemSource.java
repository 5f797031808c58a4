package nl.regioan.search.domain;

import java.util.List;
import java.util.Optional;

/** Where the index reads items from: the database, the source of truth. */
public interface ItemSource {

    /** The item as it is now, or empty when it no longer exists. */
    Optional<SearchableItem> find(long id);

    /** Up to {@code size} items with an id above {@code afterId}, ordered by id. */
    List<SearchableItem> batch(long afterId, int size);
}
