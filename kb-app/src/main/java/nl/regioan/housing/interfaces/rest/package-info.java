/** REST resources of the housing register: locations with their norm check, ETag and history. */
package nl.regioan.housing.interfaces.rest;
