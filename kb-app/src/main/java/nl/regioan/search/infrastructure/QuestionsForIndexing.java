package nl.regioan.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.kb.item.domain.Markdown;
import nl.regioan.question.domain.Answer;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionRepository;
import nl.regioan.search.domain.DocumentKeys;
import nl.regioan.search.domain.SearchableItem;

/**
 * Reads questions with their answers for the search index, WITHOUT access checks (the index stores the
 * access terms of {@link Question#access()} and trims at query time): a question is a document of kind
 * QUESTION under its own key, its text being the question and every answer as plain text, owned by
 * the asker's municipality and written by the asker.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuestionsForIndexing {

    private static final ZoneId REGION_ZONE = ZoneId.of("Europe/Amsterdam");

    @Inject
    QuestionRepository questions;

    @Inject
    KnowledgeItemsForIndexing owners;

    public Optional<SearchableItem> find(long questionId) {
        return questions.find(questionId).map(question -> searchable(question, questions.answersOf(question.id()),
                owners.ownerOf(question.municipalityId())));
    }

    /** Up to {@code size} questions with an id above {@code afterId}, as documents (keys in {@link DocumentKeys}). */
    public List<SearchableItem> batch(long afterId, int size) {
        List<Question> page = questions.batch(afterId, size);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, KnowledgeItemsForIndexing.Owner> all = owners.owners();
        List<SearchableItem> result = new ArrayList<>(page.size());
        for (Question question : page) {
            result.add(searchable(question, questions.answersOf(question.id()),
                    question.municipalityId() == null ? null : all.get(question.municipalityId())));
        }
        return result;
    }

    static SearchableItem searchable(Question question, List<Answer> answers, KnowledgeItemsForIndexing.Owner owner) {
        StringBuilder text = new StringBuilder(Markdown.toPlainText(question.body()));
        Instant updated = question.updatedAt();
        for (Answer answer : answers) {
            text.append("\n\n").append(Markdown.toPlainText(answer.body()));
            if (answer.updatedAt() != null && answer.updatedAt().isAfter(updated)) {
                updated = answer.updatedAt();
            }
        }
        return new SearchableItem(DocumentKeys.ofQuestion(question.id()), DocumentKeys.QUESTION_KIND, question.title(),
                null, text.toString(), List.of(), question.themes(), question.blocks(), question.municipalityId(),
                owner == null ? null : owner.cbsCode(), owner == null ? null : owner.subregion(), question.visibility(),
                ContentStatus.PUBLISHED, question.createdAt().atZone(REGION_ZONE).getYear(), updated, List.of(),
                question.askerAccountId());
    }
}
