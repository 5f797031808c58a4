package nl.regioan.housing.domain;

/** The kind of a housing location, as the policy framework distinguishes them. */
public enum HousingKind {
    CONCENTRATED_LOCATION, CONVERTED_BUILDING, TEMPORARY_UNITS, SHARED_DWELLING, OTHER
}
