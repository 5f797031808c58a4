/** The Lucene index: Dutch analysis, documents, query parsing, trimmed search, and the index lifecycle. */
package nl.regioan.search.infrastructure;
