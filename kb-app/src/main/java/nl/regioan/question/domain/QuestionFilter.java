package nl.regioan.question.domain;

/**
 * What a list of questions is narrowed to; every part is optional (null).
 *
 * @param askerAccountId only the questions of this asker ("mine")
 * @param assignedExpertAccountId only the questions taken by this expert
 */
public record QuestionFilter(QuestionStatus status, String theme, Long municipalityId, Long askerAccountId,
                             Long assignedExpertAccountId) {

    public static QuestionFilter open() {
        return new QuestionFilter(QuestionStatus.OPEN, null, null, null, null);
    }

    public QuestionFilter withTheme(String code) {
        return new QuestionFilter(status, code, municipalityId, askerAccountId, assignedExpertAccountId);
    }
}
