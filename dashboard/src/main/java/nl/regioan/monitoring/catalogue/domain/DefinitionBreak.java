package nl.regioan.monitoring.catalogue.domain;

/**
 * A point in a series where the indicator's definition changed: figures before and after it are
 * not comparable, and reports show a marker with the footnote there.
 *
 * @param period   the first period under the new definition, e.g. 2025-Q1
 * @param footnote what changed, as the coordinator wrote it
 */
public record DefinitionBreak(String period, String footnote) {
}
