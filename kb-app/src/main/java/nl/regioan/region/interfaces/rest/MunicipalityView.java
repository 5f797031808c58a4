package nl.regioan.region.interfaces.rest;

import java.time.LocalDate;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.RegionMembership;

/** A member municipality on a given date, with the subregion it belonged to then. */
public record MunicipalityView(String cbsCode, String name, String subregion, String province,
                               LocalDate memberFrom, LocalDate memberTo) {

    static MunicipalityView on(Municipality municipality, LocalDate date) {
        RegionMembership membership = municipality.membershipOn(date).orElseThrow();
        return new MunicipalityView(municipality.cbsCode().value(), municipality.name(),
                membership.subregion().name(), municipality.province(),
                membership.validFrom(), membership.validTo().orElse(null));
    }
}
