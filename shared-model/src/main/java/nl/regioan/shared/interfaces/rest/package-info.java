/** What the REST layers of both modules share at the edge: the language answers are written in. */
package nl.regioan.shared.interfaces.rest;
