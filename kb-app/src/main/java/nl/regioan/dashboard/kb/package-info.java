/** The knowledge base as the dashboards see it: the adapter behind the dashboard module's KnowledgeLinks port. */
package nl.regioan.dashboard.kb;
