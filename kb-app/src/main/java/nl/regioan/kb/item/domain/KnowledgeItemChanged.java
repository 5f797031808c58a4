package nl.regioan.kb.item.domain;

/** CDI event fired on every save or status change of an item (contract with issue 4; see IndexableItem). */
public record KnowledgeItemChanged(long itemId) {
}
