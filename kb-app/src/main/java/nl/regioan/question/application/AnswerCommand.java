package nl.regioan.question.application;

/** An answer as a person sends it: Markdown text. */
public record AnswerCommand(String body) {
}
