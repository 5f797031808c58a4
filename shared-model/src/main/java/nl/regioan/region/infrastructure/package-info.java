/** JPA implementation of the region repository. */
package nl.regioan.region.infrastructure;
