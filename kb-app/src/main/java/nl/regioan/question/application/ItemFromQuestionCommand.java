package nl.regioan.question.application;

/** Which kind of knowledge item an answered question becomes: BEST_PRACTICE (default) or STANDARD_FORM. */
public record ItemFromQuestionCommand(String kind) {
}
