/** Search use cases: searching and autocompleting as the current actor, synonym administration, index maintenance. */
package nl.regioan.search.application;
