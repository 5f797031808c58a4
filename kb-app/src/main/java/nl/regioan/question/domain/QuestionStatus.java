package nl.regioan.question.domain;

/** OPEN until the asker accepts an answer; ANSWERED questions take no new answers. */
public enum QuestionStatus {
    OPEN,
    ANSWERED
}
