package nl.regioan.question.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioan.access.domain.ReadableItems;

/** Stores questions, their answers, votes and versions. */
public interface QuestionRepository {

    Optional<Question> find(long id);

    /** One page of the questions matching the filter that the reader may see (access clauses in the query), newest first. */
    List<Question> page(QuestionFilter filter, ReadableItems readable, int first, int max);

    /** How many questions {@link #page} would find over all pages. */
    long count(QuestionFilter filter, ReadableItems readable);

    /** Every question matching the filter that the reader may see, oldest first (the inbox). */
    List<Question> oldestFirst(QuestionFilter filter, ReadableItems readable, int max);

    /** Per question id, how many answers it has. */
    Map<Long, Long> answerCounts(List<Long> questionIds);

    Optional<Answer> findAnswer(long answerId);

    /** A question's answers, oldest first. */
    List<Answer> answersOf(long questionId);

    boolean hasVoted(long answerId, long accountId);

    /** The answers among {@code answerIds} this account voted useful. */
    List<Long> votedBy(long accountId, List<Long> answerIds);

    void add(Question question);

    void addAnswer(Answer answer);

    void addVote(AnswerVote vote);

    void addVersion(QuestionVersion version);

    void addAnswerVersion(AnswerVersion version);

    List<QuestionVersion> versions(long questionId);

    List<AnswerVersion> answerVersions(long answerId);

    /** Up to {@code size} questions with an id above {@code afterId}, by id, for the search index (no access check). */
    List<Question> batch(long afterId, int size);

    /** Makes pending changes visible to the database now, so conflicts surface inside the use case. */
    void flush();
}
