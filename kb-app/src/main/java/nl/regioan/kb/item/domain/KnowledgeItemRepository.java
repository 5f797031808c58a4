package nl.regioan.kb.item.domain;

import java.util.List;
import java.util.Optional;

/** Stores items and their versions. */
public interface KnowledgeItemRepository {

    Optional<KnowledgeItem> find(long id);

    /** Items matching the filter, newest change first, BEFORE access trimming (the caller asks the policy). */
    List<KnowledgeItem> candidates(ItemFilter filter);

    /** Ids of all items, ascending, for batched reading. */
    List<Long> allIds();

    void add(KnowledgeItem item);

    void addVersion(ItemVersion version);

    List<ItemVersion> versions(long itemId);

    Optional<ItemVersion> version(long itemId, int number);

    /** Makes pending changes visible to the database now, so conflicts surface inside the use case. */
    void flush();
}
