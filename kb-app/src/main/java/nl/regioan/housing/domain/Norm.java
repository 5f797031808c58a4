package nl.regioan.housing.domain;

/** The housing quality norms of the region (DOMAIN.md, seed section 1.1), in the order the check lists them. */
public enum Norm {
    /** A bedroom of at least 5.5 m2 per worker. */
    BEDROOM_AREA,
    /** A private bedroom: shared only by a couple. */
    PRIVATE_BEDROOM,
    /** At least 15 m2 of usable living area per worker. */
    LIVING_AREA,
    /** SNF certification held and not expired. */
    SNF_CERTIFICATION,
    /** More than 100 residents: a manager on site 24/7; smaller locations may be supervised remotely. */
    MANAGER,
    /** A rental contract separate from the employment contract. */
    SEPARATE_RENTAL_CONTRACT,
    /** Nobody under 18. */
    NO_MINORS,
    /** No sleeping place let to two workers in one day. */
    ONE_WORKER_PER_SLEEPING_PLACE,
    /** House rules in the residents' languages. */
    HOUSE_RULES_LANGUAGES,
    /** A digital night register where stays are shorter than four months. */
    NIGHT_REGISTER,
    /** A fixed contact person. */
    CONTACT_PERSON
}
