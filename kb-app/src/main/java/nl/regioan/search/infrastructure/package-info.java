/**
 * The Lucene index: Dutch analysis, documents, query parsing, trimmed search, and the index
 * lifecycle: one owner ({@code SearchIndexOwner}) driven by EJB timers ({@code SearchIndexTimers}),
 * the index split by job (generations on disk, writer session, rebuild and swap, catch-up).
 */
package nl.regioan.search.infrastructure;
