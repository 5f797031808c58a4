package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.access.domain.Visibility;
import nl.regioan.kb.item.application.ItemInputs;
import nl.regioan.kb.item.application.ThemeCatalogue;
import nl.regioan.question.domain.QuestionContent;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.text.UserText;

/**
 * Checks what people write in questions and answers with the knowledge base's own rules (the themes
 * and building blocks of the catalogue, the Markdown that is refused, the text rules of
 * {@link UserText}); every wrong field is named and nothing is stored.
 */
@ApplicationScoped
public class QuestionInputs {

    @Inject
    ThemeCatalogue themes;

    public QuestionContent question(QuestionCommand command) {
        if (command == null) {
            throw InvalidInputException.of("", "body.expected.object");
        }
        List<FieldError> errors = new ArrayList<>();
        String title = trimmed(command.title());
        if (title == null) {
            errors.add(FieldError.of("title", "question.title.required"));
        } else {
            checkText(title, "title", QuestionContent.MAX_TITLE, errors);
        }
        String body = markdown(command.body(), "body", "question.body.required", errors);
        Visibility visibility = command.visibility() == null || command.visibility().isBlank() ? Visibility.REGION
                : ItemInputs.enumOf(Visibility.class, command.visibility(), "visibility", true, errors);
        List<String> themeCodes = themes.checkedThemes(command.themes(), "themes", errors);
        if (command.themes() == null || command.themes().isEmpty()) {
            errors.add(FieldError.of("themes", "item.themes.required", String.join(", ", themes.themeCodes())));
        }
        List<String> blockCodes = themes.checkedBlocks(command.blocks(), "blocks", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new QuestionContent(title, body, visibility, themeCodes, blockCodes);
    }

    public String answer(AnswerCommand command) {
        if (command == null) {
            throw InvalidInputException.of("", "body.expected.object");
        }
        List<FieldError> errors = new ArrayList<>();
        String body = markdown(command.body(), "body", "answer.body.required", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return body;
    }

    /** A Markdown text that must not be empty, at most 100 KB, without scripts. */
    private static String markdown(String text, String field, String requiredKey, List<FieldError> errors) {
        String body = text == null ? "" : UserText.normalised(text).strip();
        if (body.isEmpty()) {
            errors.add(FieldError.of(field, requiredKey));
            return body;
        }
        if (checkText(body, field, QuestionContent.MAX_BODY, errors)) {
            ItemInputs.unsafeMarkdown(body).ifPresent(key -> errors.add(FieldError.of(field, key)));
        }
        return body;
    }

    private static boolean checkText(String text, String field, int maxLength, List<FieldError> errors) {
        return UserText.problem(text, maxLength).map(problem -> errors.add(new FieldError(field, problem))).isEmpty();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : UserText.normalised(text.strip());
    }
}
