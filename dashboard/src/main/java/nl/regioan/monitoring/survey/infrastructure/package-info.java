/** JPA storage of surveys, their questions and the municipalities' responses. */
package nl.regioan.monitoring.survey.infrastructure;
