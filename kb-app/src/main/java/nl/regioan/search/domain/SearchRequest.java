package nl.regioan.search.domain;

/**
 * A search as asked; every filter is optional (null). Pages count from 1.
 *
 * @param text the words, phrases and operators the person typed; blank lists everything visible
 */
public record SearchRequest(String text, String kind, String theme, String block, String municipality,
                            String subregion, Integer year, int page, int size) {

    public static final int MAX_SIZE = 50;
    public static final int MAX_TEXT = 500;
    /** Deep paging costs memory and time; nobody reads result 1000. */
    public static final int MAX_RESULTS = 1000;

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, null, null, 1, 10);
    }

    public SearchRequest withPage(int newPage, int newSize) {
        return new SearchRequest(text, kind, theme, block, municipality, subregion, year, newPage, newSize);
    }

    public SearchRequest withKind(String newKind) {
        return new SearchRequest(text, newKind, theme, block, municipality, subregion, year, page, size);
    }

    public SearchRequest withMunicipality(String cbsCode) {
        return new SearchRequest(text, kind, theme, block, cbsCode, subregion, year, page, size);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
