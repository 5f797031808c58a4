package nl.regioan.search.domain;

import java.util.List;

/** Autocomplete for what a person is typing: item titles and frequent words, from visible items only. */
public record Completions(List<Title> titles, List<String> terms) {

    public record Title(long id, String title) {
    }

    public static Completions none() {
        return new Completions(List.of(), List.of());
    }
}
