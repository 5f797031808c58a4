package nl.regioan.search.domain;

import java.util.List;
import java.util.Map;

/**
 * What a reader gets back: only ever built from items that reader may see.
 *
 * @param facets per dimension (kind, theme, municipality, subregion, year) the values with counts
 * @param suggestion the query with likely misspellings corrected ("bedoelde u ..."), or null
 * @param missingWords the typed words that no item the reader may see holds, in any form
 * @param allWords false when no item holds every word and the hits hold only some of them
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets,
                           String suggestion, List<String> missingWords, boolean allWords) {

    public SearchResult {
        missingWords = missingWords == null ? List.of() : List.copyOf(missingWords);
    }

    /** A result in which every hit holds every word. */
    public SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets,
                        String suggestion) {
        this(total, page, size, hits, facets, suggestion, List.of(), true);
    }

    /**
     * One item or question found (kind QUESTION; the id is the item's or the question's own); snippets are HTML with the matches in {@code <mark>} and everything else escaped;
     * status is DRAFT, PUBLISHED or RETIRED (the reader may see drafts and retired items of their own).
     */
    public record Hit(long id, String kind, String title, String summary, String municipality, int year,
                      List<String> themes, float score, List<Snippet> snippets, String status) {
    }

    /**
     * A highlighted passage.
     *
     * @param source "body", "summary" or "attachment"
     * @param attachmentId and fileName: which attachment, when the source is an attachment
     */
    public record Snippet(String source, Long attachmentId, String fileName, String html) {
    }

    public record FacetCount(String value, long count) {
    }

    public static SearchResult empty(int page, int size) {
        return new SearchResult(0, page, size, List.of(), Map.of(), null);
    }
}
