/**
 * The audit log: who changed what, from where, with the old and the new value; its repository, its
 * query, and the port through which content features hide what a reader may not see.
 */
package nl.regioan.audit.domain;
