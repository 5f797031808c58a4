/** The REST resource of questions and answers (/api/v1/questions) and the JSON records it answers with. */
package nl.regioan.question.interfaces.rest;
