package nl.regioan.kb.watch.domain;

import java.util.List;
import java.util.Optional;

/** Stores who follows what. */
public interface WatchRepository {

    List<Watch> of(long accountId);

    Optional<Watch> find(long accountId, WatchTarget type, String target);

    Optional<Watch> find(long id);

    void add(Watch watch);

    void remove(Watch watch);
}
