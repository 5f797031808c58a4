package nl.regioan.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.regioan.kb.item.domain.IndexableItem;
import nl.regioan.kb.item.domain.KnowledgeItemChanged;
import nl.regioan.question.domain.QuestionChanged;
import nl.regioan.search.domain.DocumentKeys;
import nl.regioan.search.domain.ItemSource;
import nl.regioan.search.domain.SearchableItem;

/**
 * The ONE place that knows the knowledge base's types (with {@link QuestionsForIndexing} for questions): reads items for the index and indexes an
 * item after the transaction that changed it commits (so the index never shows an uncommitted or
 * rolled-back state; a crash in between is healed at the next start from the change log that
 * {@link SearchOutbox} writes in the same transaction).
 */
@ApplicationScoped
public class KnowledgeBaseItems implements ItemSource {

    @Inject
    KnowledgeItemsForIndexing items;

    @Inject
    SearchIndexOwner index;

    @Inject
    QuestionsForIndexing questions;

    /** An item by its id, or a question by its key ({@link DocumentKeys}). */
    @Override
    public Optional<SearchableItem> find(long key) {
        return DocumentKeys.isQuestion(key) ? questions.find(DocumentKeys.idOf(key))
                : items.find(key).map(KnowledgeBaseItems::searchable);
    }

    /** Items first, in id order, then the questions in key order: a rebuild reads both in one pass. */
    @Override
    public List<SearchableItem> batch(long afterKey, int size) {
        if (!DocumentKeys.isQuestion(afterKey)) {
            List<SearchableItem> page = items.batch(afterKey, size).stream().map(KnowledgeBaseItems::searchable).toList();
            if (!page.isEmpty()) {
                return page;
            }
            afterKey = DocumentKeys.ofQuestion(0);
        }
        return questions.batch(DocumentKeys.idOf(afterKey), size);
    }

    /** Right after the commit, on the saving thread: the saving person sees the change at once. Logs a failure, never throws. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeItemChanged event) {
        index.apply(event.itemId());
    }

    /** The same for a question or one of its answers. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuestionChanged event) {
        index.apply(DocumentKeys.ofQuestion(event.questionId()));
    }

    static SearchableItem searchable(IndexableItem item) {
        return new SearchableItem(item.id(), item.kind().name(), item.title(), item.summary(), item.bodyText(), item.tags(),
                item.themes(), item.blocks(), item.owningMunicipalityId(), item.municipalityCbsCode(),
                item.subregionName(), item.visibility(), item.status(), item.year(), item.updatedAt(),
                item.attachments() == null ? List.of() : item.attachments().stream()
                        .map(a -> new SearchableItem.Attachment(a.attachmentId(), a.fileName(), a.extractedText())).toList(),
                item.authorAccountId());
    }
}
