/** The housing register in MariaDB (JPA): filters and the reader's access clauses as JPQL. */
package nl.regioan.housing.infrastructure;
