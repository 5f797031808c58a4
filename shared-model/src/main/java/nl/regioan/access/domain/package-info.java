/**
 * Who may see or change what: the roles, the actor of a request, and the ONE access policy that the
 * knowledge base and the monitoring half both ask.
 */
package nl.regioan.access.domain;
