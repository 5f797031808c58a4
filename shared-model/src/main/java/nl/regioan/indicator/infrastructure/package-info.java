/** JPA implementation of the indicator catalogue repository. */
package nl.regioan.indicator.infrastructure;
