package nl.regioan.question.domain;

import java.util.List;
import java.util.Objects;
import nl.regioan.access.domain.Visibility;

/**
 * What the asker writes, checked: title, Markdown text, visibility (the knowledge-base rule) and the
 * themes and building blocks it is about.
 */
public record QuestionContent(String title, String body, Visibility visibility, List<String> themes, List<String> blocks) {

    public static final int MAX_TITLE = 200;
    /** 100 KB of text is far more than any question needs; a longer one is refused, not cut. */
    public static final int MAX_BODY = 100_000;

    public QuestionContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(visibility, "visibility");
        themes = themes == null ? List.of() : List.copyOf(themes);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
