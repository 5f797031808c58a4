package nl.regioan.question.domain;

/**
 * Fired after every save of a question or one of its answers (the search index shows a question with
 * its answers). Observers that must only see committed data observe it AFTER_SUCCESS.
 */
public record QuestionChanged(long questionId) {
}
