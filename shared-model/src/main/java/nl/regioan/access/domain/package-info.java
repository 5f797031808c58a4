/** Who may see or change what: the ONE access policy that the knowledge base and the monitoring half both ask. */
package nl.regioan.access.domain;
