/** REST: search and autocomplete, synonyms for editors, index rebuild and status for administrators. */
package nl.regioan.search.interfaces.rest;
