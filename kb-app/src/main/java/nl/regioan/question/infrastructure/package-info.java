/** Questions in MariaDB: the JPA repository, with the access policy's clauses as JPQL. */
package nl.regioan.question.infrastructure;
