/** JPA implementation of the audit log. */
package nl.regioan.audit.infrastructure;
