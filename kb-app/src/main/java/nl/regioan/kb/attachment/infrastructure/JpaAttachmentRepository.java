package nl.regioan.kb.attachment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.regioan.kb.attachment.domain.Attachment;
import nl.regioan.kb.attachment.domain.AttachmentRepository;

/** Attachment records in MariaDB. */
@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Attachment> find(long id) {
        return Optional.ofNullable(entityManager.find(Attachment.class, id));
    }

    @Override
    public List<Attachment> ofItem(long itemId) {
        return entityManager.createQuery("SELECT a FROM Attachment a WHERE a.itemId = :item ORDER BY a.id",
                Attachment.class).setParameter("item", itemId).getResultList();
    }

    @Override
    public void add(Attachment attachment) {
        entityManager.persist(attachment);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
