/** Questions to the region and their answers: the entities with their versions and votes, and the inbox rule of working days. */
package nl.regioan.question.domain;
