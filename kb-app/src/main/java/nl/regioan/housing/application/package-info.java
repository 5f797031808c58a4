/** Use cases of the housing register: checking input, listing, reading, registering and changing locations, and their history. */
package nl.regioan.housing.application;
