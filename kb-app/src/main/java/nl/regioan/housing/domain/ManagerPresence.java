package nl.regioan.housing.domain;

/** How a location is supervised: a manager on site day and night, or remotely. */
public enum ManagerPresence {
    ON_SITE_24_7, REMOTE
}
