package nl.regioan.question.application;

/** Fired inside the transaction of a new answer, for whoever tells the asker (such as a mail outbox). */
public record AnswerGiven(long questionId, long answerId, long askerAccountId, long answererAccountId) {
}
