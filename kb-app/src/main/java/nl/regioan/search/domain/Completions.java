package nl.regioan.search.domain;

import java.util.List;

/** Autocomplete for what a person is typing: item titles and frequent words, from visible items only. */
public record Completions(List<Title> titles, List<String> terms) {

    /** A title to jump to: the item's or question's own id and its kind (QUESTION for a question). */
    public record Title(long id, String title, String kind) {
    }

    public static Completions none() {
        return new Completions(List.of(), List.of());
    }
}
