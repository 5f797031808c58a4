/** The JAX-RS application and the mapping of exceptions to problem+json (RFC 9457). */
package nl.regioan.app.interfaces.rest;
