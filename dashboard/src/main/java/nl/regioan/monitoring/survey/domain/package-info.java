/** The yearly collaboration survey: surveys with sections and questions, responses per municipality, and their results. */
package nl.regioan.monitoring.survey.domain;
