package nl.regioan.housing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.housing.domain.KnowledgeLinks;
import nl.regioan.kb.item.domain.KnowledgeItemRepository;

/** Linked knowledge items are checked against the knowledge base with the one access policy. */
@ApplicationScoped
public class KnowledgeLinksFromItems implements KnowledgeLinks {

    @Inject
    KnowledgeItemRepository items;

    @Inject
    AccessPolicy policy;

    @Override
    public boolean readable(Actor actor, long itemId) {
        return items.find(itemId).filter(item -> policy.canRead(actor, item.access())).isPresent();
    }
}
