/** Writing audit entries from any use case, inside the caller's transaction. */
package nl.regioan.audit.application;
