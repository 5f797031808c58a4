package nl.regioan.question.application;

import java.util.List;

/**
 * A question as a person sends it, unchecked.
 *
 * @param visibility REGION (default), MUNICIPALITY (the asker's own) or STEERING
 */
public record QuestionCommand(String title, String body, String visibility, List<String> themes, List<String> blocks) {
}
