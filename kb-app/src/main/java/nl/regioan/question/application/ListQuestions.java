package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ReadableItems;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionFilter;
import nl.regioan.question.domain.QuestionRepository;
import nl.regioan.shared.api.InvalidInputException;

/** A page of the questions the reader may see (filtered and counted in the database), newest first. */
@ApplicationScoped
public class ListQuestions {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    QuestionRepository questions;

    @Inject
    AccessPolicy policy;

    /** One page, with how many questions match over all pages and each one's number of answers. */
    public record Page(int page, int size, int total, List<Question> questions, Map<Long, Long> answerCounts) {
    }

    public Page list(Actor actor, QuestionFilter filter, int page, int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "list.page.min", 0);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "number.between", 1, MAX_PAGE_SIZE);
        }
        ReadableItems readable = policy.readableBy(actor);
        long total = questions.count(filter, readable);
        long first = (long) page * size;
        List<Question> onPage = first >= total ? List.of() : questions.page(filter, readable, (int) first, size);
        return new Page(page, size, (int) Math.min(total, Integer.MAX_VALUE), onPage,
                questions.answerCounts(onPage.stream().map(Question::id).toList()));
    }
}
