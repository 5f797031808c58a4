/** The audit log: who changed what, from where, with the old and the new value. */
package nl.regioan.audit.domain;
