package nl.regioan.search.domain;

/** CDI event: the synonym list changed; observed after the commit to reload the query analysis. */
public record SynonymsChanged() {
}
