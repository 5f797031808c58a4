/** JPA helpers shared by all entities. */
package nl.regioan.shared.persistence;
