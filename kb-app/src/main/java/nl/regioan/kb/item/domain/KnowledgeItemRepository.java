package nl.regioan.kb.item.domain;

import nl.regioan.access.domain.ReadableItems;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores items and their versions. */
public interface KnowledgeItemRepository {

    Optional<KnowledgeItem> find(long id);

    /**
     * One page of the items matching the filter that the reader may see, newest change first; the
     * access clauses are part of the query, so nothing is trimmed afterwards.
     *
     * @param staleOn when not null, only items past their review date on that day
     */
    List<KnowledgeItem> page(ItemFilter filter, ReadableItems readable, LocalDate staleOn, int first, int max);

    /** How many items {@link #page} would find over all pages, counted by the database. */
    long count(ItemFilter filter, ReadableItems readable, LocalDate staleOn);

    void add(KnowledgeItem item);

    void addVersion(ItemVersion version);

    List<ItemVersion> versions(long itemId);

    Optional<ItemVersion> version(long itemId, int number);

    /** Makes pending changes visible to the database now, so conflicts surface inside the use case. */
    void flush();
}
