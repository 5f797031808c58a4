package nl.regioan.kb.item.domain;

/**
 * Fired after every save of an item (content, status, attachments). Observers that must only see
 * committed data observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
public record KnowledgeItemChanged(long itemId) {
}
