/** Types the REST layers of both halves share: field errors and the exceptions that become problem+json. */
package nl.regioan.shared.api;
