package nl.regioan.question.application;

/** Fired inside the transaction of an assignment, for whoever tells the expert (such as a mail outbox). */
public record QuestionAssigned(long questionId, long expertAccountId, long assignedByAccountId) {
}
