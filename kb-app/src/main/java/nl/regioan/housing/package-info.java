/** The register of housing locations for international workers, checked against the regional housing norms. */
package nl.regioan.housing;
