package nl.regioan.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioan.audit.domain.AuditEntry;
import nl.regioan.audit.domain.AuditLog;
import nl.regioan.audit.domain.AuditQuery;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void add(AuditEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        equal(jpql, parameters, "actorUsername", query.actor());
        equal(jpql, parameters, "entityType", query.entityType());
        equal(jpql, parameters, "entityId", query.entityId());
        equal(jpql, parameters, "action", query.action());
        query.from().ifPresent(from -> {
            jpql.append(" and e.occurredAt >= :from");
            parameters.put("from", from);
        });
        query.to().ifPresent(to -> {
            jpql.append(" and e.occurredAt < :to");
            parameters.put("to", to);
        });
        jpql.append(" order by e.id desc");
        TypedQuery<AuditEntry> typed = entityManager.createQuery(jpql.toString(), AuditEntry.class)
                .setMaxResults(query.limit());
        parameters.forEach(typed::setParameter);
        return typed.getResultList();
    }

    private static void equal(StringBuilder jpql, Map<String, Object> parameters, String field, Optional<String> value) {
        value.ifPresent(v -> {
            jpql.append(" and e.").append(field).append(" = :").append(field);
            parameters.put(field, v);
        });
    }
}
