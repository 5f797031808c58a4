/** REST resources of the region: who is a member when. */
package nl.regioan.region.interfaces.rest;
