package nl.regioan.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioan.kb.item.domain.KnowledgeItemChanged;
import nl.regioan.question.domain.QuestionChanged;
import nl.regioan.search.domain.DocumentKeys;
import nl.regioan.search.domain.ChangeLog;

/**
 * The change log in MariaDB ({@code search_outbox}), keyed by document ({@link DocumentKeys}: items and questions). The row is inserted by a synchronous observer,
 * so inside the transaction that changes the item: both are committed, or neither.
 */
@ApplicationScoped
public class SearchOutbox implements ChangeLog {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    void record(@Observes KnowledgeItemChanged event) {
        insert(event.itemId());
    }

    /** A question (with its answers) is a document of the same index, under its own key. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(@Observes QuestionChanged event) {
        insert(DocumentKeys.ofQuestion(event.questionId()));
    }

    private void insert(long documentKey) {
        em.createNativeQuery("INSERT INTO search_outbox (item_id) VALUES (?)")
                .setParameter(1, documentKey).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long newestFor(long itemId) {
        Object newest = em.createNativeQuery("SELECT MAX(id) FROM search_outbox WHERE item_id = ?")
                .setParameter(1, itemId).getSingleResult();
        return newest == null ? 0 : ((Number) newest).longValue();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> outstanding() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT item_id, MAX(id) FROM search_outbox GROUP BY item_id")
                .getResultList();
        Map<Long, Long> newest = new HashMap<>();
        for (Object[] row : rows) {
            newest.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return newest;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void forget(Map<Long, Long> upTo) {
        for (Map.Entry<Long, Long> entry : upTo.entrySet()) {
            em.createNativeQuery("DELETE FROM search_outbox WHERE item_id = ? AND id <= ?")
                    .setParameter(1, entry.getKey()).setParameter(2, entry.getValue()).executeUpdate();
        }
    }
}
