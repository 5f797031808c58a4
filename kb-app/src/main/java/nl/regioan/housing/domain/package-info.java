/** Housing locations: the entity with its rooms and versions, the figures it is checked by, and the norms of the region (HousingNorms). */
package nl.regioan.housing.domain;
