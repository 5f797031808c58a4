/** REST resources of the collaboration survey under /api/v1/surveys. */
package nl.regioan.monitoring.survey.interfaces.rest;
