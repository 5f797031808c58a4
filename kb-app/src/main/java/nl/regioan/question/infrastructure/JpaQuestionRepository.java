package nl.regioan.question.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.ReadableItems;
import nl.regioan.question.domain.Answer;
import nl.regioan.question.domain.AnswerVersion;
import nl.regioan.question.domain.AnswerVote;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionFilter;
import nl.regioan.question.domain.QuestionRepository;
import nl.regioan.question.domain.QuestionVersion;

/**
 * Questions in MariaDB; filters and the reader's access clauses become JPQL, so paging and counts are
 * the database's. A question is published content of the asker's municipality (Question.access), so
 * clauses for drafts or retired content match none.
 */
@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Override
    public Optional<Question> find(long id) {
        return Optional.ofNullable(entityManager.find(Question.class, id));
    }

    @Override
    public List<Question> page(QuestionFilter filter, ReadableItems readable, int first, int max) {
        return query(filter, readable, " ORDER BY q.createdAt DESC, q.id DESC").setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Question> oldestFirst(QuestionFilter filter, ReadableItems readable, int max) {
        return query(filter, readable, " ORDER BY q.createdAt, q.id").setMaxResults(max).getResultList();
    }

    private TypedQuery<Question> query(QuestionFilter filter, ReadableItems readable, String order) {
        Where where = where(filter, readable);
        TypedQuery<Question> query = entityManager.createQuery("SELECT q FROM Question q" + where.jpql() + order,
                Question.class);
        where.parameters().forEach(query::setParameter);
        return query;
    }

    @Override
    public long count(QuestionFilter filter, ReadableItems readable) {
        Where where = where(filter, readable);
        TypedQuery<Long> query = entityManager.createQuery("SELECT COUNT(q) FROM Question q" + where.jpql(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** A WHERE clause with its named parameters. */
    private record Where(List<String> conditions, Map<String, Object> parameters) {

        String jpql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    private static Where where(QuestionFilter filter, ReadableItems readable) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        readableBy(readable, where, parameters);
        if (filter.status() != null) {
            where.add("q.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.theme() != null) {
            where.add(":theme MEMBER OF q.themes");
            parameters.put("theme", filter.theme());
        }
        if (filter.municipalityId() != null) {
            where.add("q.municipalityId = :municipality");
            parameters.put("municipality", filter.municipalityId());
        }
        if (filter.askerAccountId() != null) {
            where.add("q.askerAccountId = :asker");
            parameters.put("asker", filter.askerAccountId());
        }
        if (filter.assignedExpertAccountId() != null) {
            where.add("q.assignedExpertAccountId = :expert");
            parameters.put("expert", filter.assignedExpertAccountId());
        }
        return new Where(where, parameters);
    }

    /** The access policy's clauses as one OR of (visibility, owner, author) conditions. */
    private static void readableBy(ReadableItems readable, List<String> where, Map<String, Object> parameters) {
        if (readable.everything()) {
            return;
        }
        List<String> anyOf = new ArrayList<>();
        int n = 0;
        for (ReadableItems.Clause clause : readable.clauses()) {
            if (clause.status() != null && clause.status() != ContentStatus.PUBLISHED) {
                continue; // drafts and retired content: no question is one of them
            }
            List<String> all = new ArrayList<>();
            if (clause.authorAccountId() != null) {
                all.add("q.askerAccountId = :accessAuthor" + n);
                parameters.put("accessAuthor" + n, clause.authorAccountId());
            }
            if (clause.visibility() != null) {
                all.add("q.visibility = :accessVisibility" + n);
                parameters.put("accessVisibility" + n, clause.visibility());
            }
            if (!clause.anyOwner()) {
                if (clause.owningMunicipalityId() == null) {
                    all.add("q.municipalityId IS NULL");
                } else {
                    all.add("q.municipalityId = :accessOwner" + n);
                    parameters.put("accessOwner" + n, clause.owningMunicipalityId());
                }
            }
            anyOf.add(all.isEmpty() ? "1 = 1" : "(" + String.join(" AND ", all) + ")");
            n++;
        }
        where.add(anyOf.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", anyOf) + ")");
    }

    @Override
    public Map<Long, Long> answerCounts(List<Long> questionIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (questionIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = entityManager.createQuery("SELECT a.questionId, COUNT(a) FROM Answer a"
                + " WHERE a.questionId IN :ids GROUP BY a.questionId", Object[].class)
                .setParameter("ids", questionIds).getResultList();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public Optional<Answer> findAnswer(long answerId) {
        return Optional.ofNullable(entityManager.find(Answer.class, answerId));
    }

    @Override
    public List<Answer> answersOf(long questionId) {
        return entityManager.createQuery("SELECT a FROM Answer a WHERE a.questionId = :question ORDER BY a.createdAt, a.id",
                Answer.class).setParameter("question", questionId).getResultList();
    }

    @Override
    public boolean hasVoted(long answerId, long accountId) {
        return entityManager.find(AnswerVote.class, new AnswerVote.Key(answerId, accountId)) != null;
    }

    @Override
    public List<Long> votedBy(long accountId, List<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT v.answerId FROM AnswerVote v WHERE v.accountId = :account"
                + " AND v.answerId IN :answers", Long.class)
                .setParameter("account", accountId).setParameter("answers", answerIds).getResultList();
    }

    @Override
    public void add(Question question) {
        entityManager.persist(question);
    }

    @Override
    public void addAnswer(Answer answer) {
        entityManager.persist(answer);
    }

    @Override
    public void addVote(AnswerVote vote) {
        entityManager.persist(vote);
    }

    @Override
    public void addVersion(QuestionVersion version) {
        entityManager.persist(version);
    }

    @Override
    public void addAnswerVersion(AnswerVersion version) {
        entityManager.persist(version);
    }

    @Override
    public List<QuestionVersion> versions(long questionId) {
        return entityManager.createQuery("SELECT v FROM QuestionVersion v WHERE v.questionId = :question"
                + " ORDER BY v.number DESC", QuestionVersion.class).setParameter("question", questionId).getResultList();
    }

    @Override
    public List<AnswerVersion> answerVersions(long answerId) {
        return entityManager.createQuery("SELECT v FROM AnswerVersion v WHERE v.answerId = :answer"
                + " ORDER BY v.number DESC", AnswerVersion.class).setParameter("answer", answerId).getResultList();
    }

    @Override
    public List<Question> batch(long afterId, int size) {
        return entityManager.createQuery("SELECT q FROM Question q WHERE q.id > :after ORDER BY q.id", Question.class)
                .setParameter("after", afterId).setMaxResults(size).getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
