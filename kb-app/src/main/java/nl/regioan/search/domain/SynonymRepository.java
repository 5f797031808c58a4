package nl.regioan.search.domain;

import java.util.List;
import java.util.Optional;

/** The editable synonym groups of the query analysis. */
public interface SynonymRepository {

    /** Every group, oldest first. */
    List<SynonymGroup> all();

    Optional<SynonymGroup> findById(long id);

    /** Stores a new group and gives it its id. */
    void add(SynonymGroup group);

    /** Writes the changes of {@code group} now, so a concurrent change fails here and its version is current. */
    void update(SynonymGroup group);

    void remove(SynonymGroup group);
}
