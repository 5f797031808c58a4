package nl.regioan.monitoring.survey.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.text.UserText;

/**
 * The sections and questions of a survey as the coordinator sends them, and the one check of their
 * shape: at least one question, a known kind, a five-point scale with its five labels, a choice with
 * at least two options, texts within their columns.
 */
public final class SurveyOutline {

    public static final int MAX_TITLE = 200;
    public static final int MAX_QUESTION = 500;
    public static final int MAX_CHOICE = 200;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_SECTIONS = 30;
    public static final int MAX_QUESTIONS = 100;

    /** A section: a title and its questions, in order. */
    @Schema(name = "SurveySectionOutline")
    public record Section(String title, List<Question> questions) {
    }

    /**
     * A question. labels: the five labels of an AGREEMENT scale, from "helemaal oneens" to "helemaal eens";
     * options: the list of a CHOICE; both empty for the other kinds.
     */
    @Schema(name = "SurveyQuestionOutline")
    public record Question(String kind, String text, Boolean required, List<String> labels, List<String> options) {
    }

    private SurveyOutline() {
    }

    /** Refuses the whole outline, naming every field at fault (/sections/0/questions/1/labels, ...). */
    public static void check(List<Section> sections) {
        List<FieldError> errors = new ArrayList<>();
        if (sections == null || sections.isEmpty()) {
            throw InvalidInputException.of("sections", "survey.sections.none");
        }
        if (sections.size() > MAX_SECTIONS) {
            throw InvalidInputException.of("sections", "survey.sections.tooMany", MAX_SECTIONS, sections.size());
        }
        int questions = 0;
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String at = "/sections/" + s;
            if (section == null) {
                errors.add(FieldError.of(at, "survey.section.object"));
                continue;
            }
            text(errors, at + "/title", section.title(), MAX_TITLE, true);
            if (section.questions() == null || section.questions().isEmpty()) {
                errors.add(FieldError.of(at + "/questions", "survey.questions.none"));
                continue;
            }
            for (int q = 0; q < section.questions().size(); q++) {
                questions++;
                checkQuestion(errors, at + "/questions/" + q, section.questions().get(q));
            }
        }
        if (questions > MAX_QUESTIONS) {
            errors.add(FieldError.of("sections", "survey.questions.tooMany", MAX_QUESTIONS, questions));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkQuestion(List<FieldError> errors, String at, Question question) {
        if (question == null) {
            errors.add(FieldError.of(at, "survey.question.object"));
            return;
        }
        text(errors, at + "/text", question.text(), MAX_QUESTION, true);
        Optional<QuestionKind> kind = kindOf(question.kind());
        if (kind.isEmpty()) {
            errors.add(FieldError.of(at + "/kind", "survey.question.kind", Message.shorten(question.kind())));
            return;
        }
        List<String> labels = question.labels() == null ? List.of() : question.labels();
        List<String> options = question.options() == null ? List.of() : question.options();
        switch (kind.get()) {
            case AGREEMENT -> {
                if (labels.size() != QuestionKind.SCALE_POINTS) {
                    errors.add(FieldError.of(at + "/labels", "survey.question.labels", QuestionKind.SCALE_POINTS, labels.size()));
                } else {
                    choices(errors, at + "/labels", labels);
                }
                none(errors, at + "/options", options, kind.get());
            }
            case CHOICE -> {
                if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                    errors.add(FieldError.of(at + "/options", "survey.question.options", MAX_OPTIONS, options.size()));
                } else {
                    choices(errors, at + "/options", options);
                }
                none(errors, at + "/labels", labels, kind.get());
            }
            default -> {
                none(errors, at + "/labels", labels, kind.get());
                none(errors, at + "/options", options, kind.get());
            }
        }
    }

    /** The kind by its name, in any case. */
    public static Optional<QuestionKind> kindOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(QuestionKind.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void choices(List<FieldError> errors, String at, List<String> choices) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String choice = choices.get(i);
            if (text(errors, at + "/" + i, choice, MAX_CHOICE, true) && choice.contains("\n")) {
                errors.add(FieldError.of(at + "/" + i, "survey.choice.oneLine"));
            } else if (choice != null && seen.contains(UserText.normalised(choice.strip()))) {
                errors.add(FieldError.of(at + "/" + i, "survey.choice.twice", Message.shorten(choice)));
            }
            if (choice != null) {
                seen.add(UserText.normalised(choice.strip()));
            }
        }
    }

    private static void none(List<FieldError> errors, String at, List<String> list, QuestionKind kind) {
        if (!list.isEmpty()) {
            errors.add(FieldError.of(at, "survey.question.noChoices", kind.name()));
        }
    }

    /** Adds the text's problem; true when it is fine. */
    static boolean text(List<FieldError> errors, String at, String text, int max, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(FieldError.of(at, "survey.text.required"));
            }
            return !required;
        }
        Optional<Message> problem = UserText.problem(text, max);
        problem.ifPresent(p -> errors.add(new FieldError(at, p)));
        return problem.isEmpty();
    }
}
