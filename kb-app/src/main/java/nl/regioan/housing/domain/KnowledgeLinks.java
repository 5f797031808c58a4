package nl.regioan.housing.domain;

import nl.regioan.access.domain.Actor;

/** Whether a knowledge-base item may be linked to a location: it exists and the writer may read it. */
public interface KnowledgeLinks {

    boolean readable(Actor actor, long itemId);
}
