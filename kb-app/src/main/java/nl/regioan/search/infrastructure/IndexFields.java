package nl.regioan.search.infrastructure;

import java.util.Map;

/** The names of the fields of an item document; how each is indexed is explained in {@link ItemDocuments}. */
final class IndexFields {

    static final String ID = "id";
    static final String ID_NUMBER = "id_number";
    static final String UPDATED = "updated";
    static final String ACCESS = "access";
    static final String KIND = "kind";
    static final String THEME = "theme";
    static final String BLOCK = "block";
    static final String MUNICIPALITY = "municipality";
    static final String SUBREGION = "subregion";
    static final String YEAR = "year";
    static final String TITLE = "title";
    static final String TITLE_PREFIX = "title_prefix";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String TAG = "tag";
    static final String ATTACHMENT = "attachment";
    static final String ATTACHMENT_ID = "attachment_id";
    static final String ATTACHMENT_NAME = "attachment_name";
    /** The item's status, stored only: hits show "Concept" or "Ingetrokken" to those who may see such items. */
    static final String STATUS = "status";
    /** Everything searchable of an item, Dutch-stemmed with compounds split: the field every query must match. */
    static final String ALL = "all";
    /** The same text unstemmed: exact word forms rank higher, and the spelling dictionary comes from here. */
    static final String EXACT = "exact";

    /** The facet dimensions, each a keyword field with doc values. */
    static final String[] FACETS = {KIND, THEME, MUNICIPALITY, SUBREGION, YEAR};

    /** Field prefixes people may type (Dutch and English) and the field each searches. */
    static final Map<String, String> USER_FIELDS = Map.ofEntries(
            Map.entry("title", TITLE), Map.entry("titel", TITLE),
            Map.entry("body", BODY), Map.entry("tekst", BODY),
            Map.entry("tag", TAG), Map.entry("trefwoord", TAG),
            Map.entry("attachment", ATTACHMENT), Map.entry("bijlage", ATTACHMENT),
            Map.entry("kind", KIND), Map.entry("soort", KIND),
            Map.entry("theme", THEME), Map.entry("thema", THEME),
            Map.entry("block", BLOCK), Map.entry("bouwsteen", BLOCK),
            Map.entry("municipality", MUNICIPALITY), Map.entry("gemeente", MUNICIPALITY),
            Map.entry("subregion", SUBREGION), Map.entry("subregio", SUBREGION),
            Map.entry("year", YEAR), Map.entry("jaar", YEAR),
            Map.entry("exact", EXACT));

    private IndexFields() {
    }
}
