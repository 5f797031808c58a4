/** Search: what is searched (items as documents), requests, results, synonyms and the index state; no Lucene types. */
package nl.regioan.search.domain;
