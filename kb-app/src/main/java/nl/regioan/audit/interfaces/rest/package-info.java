/** Reading the audit log, for administrators. */
package nl.regioan.audit.interfaces.rest;
