package nl.regioan.question.application;

/** Whom a question goes to: the username of an account of the expertise team. */
public record AssignCommand(String expert) {
}
