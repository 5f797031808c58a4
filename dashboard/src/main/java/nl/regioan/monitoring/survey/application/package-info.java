/** Use cases of the collaboration survey: building, answering, closing and reading the results. */
package nl.regioan.monitoring.survey.application;
