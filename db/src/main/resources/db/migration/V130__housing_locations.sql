-- Housing-location register (issue 18): locations with their figures, rooms, links to knowledge
-- items and versions. Visibility follows the knowledge-base rule (region, municipality, steering).

CREATE TABLE housing_location (
    id                            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                          VARCHAR(200) NOT NULL,
    address                       VARCHAR(200) NULL,
    municipality_id               BIGINT NOT NULL,
    kind                          VARCHAR(40) NOT NULL,
    status                        VARCHAR(20) NOT NULL,
    permit_applied_on             DATE NULL,
    permitted_on                  DATE NULL,
    in_use_from                   DATE NULL,
    closed_on                     DATE NULL,
    operator                      VARCHAR(200) NULL,
    beds                          INT NULL,
    average_room_area_m2          DECIMAL(7, 2) NULL,
    average_occupants             DECIMAL(5, 2) NULL,
    usable_living_area_m2         DECIMAL(10, 2) NULL,
    snf_certified                 BOOLEAN NULL,
    snf_certified_on              DATE NULL,
    snf_expires_on                DATE NULL,
    manager                       VARCHAR(20) NULL,
    separate_rental_contract      BOOLEAN NULL,
    minors_housed                 BOOLEAN NULL,
    sleeping_place_shared_per_day BOOLEAN NULL,
    short_stays                   BOOLEAN NULL,
    night_register                BOOLEAN NULL,
    house_rules_languages         VARCHAR(200) NULL,
    resident_languages            VARCHAR(200) NULL,
    contact_person                VARCHAR(200) NULL,
    visibility                    VARCHAR(20) NOT NULL,
    created_by_account_id         BIGINT NOT NULL,
    created_at                    TIMESTAMP(3) NOT NULL,
    updated_at                    TIMESTAMP(3) NOT NULL,
    revision                      INT NOT NULL,
    version                       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_housing_location_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_housing_location_creator FOREIGN KEY (created_by_account_id) REFERENCES account (id),
    CONSTRAINT ck_housing_location_visibility CHECK (visibility IN ('REGION', 'MUNICIPALITY', 'STEERING')),
    CONSTRAINT ck_housing_location_status CHECK (status IN ('PLANNED', 'PERMIT_APPLIED', 'PERMITTED', 'IN_USE', 'CLOSED')),
    CONSTRAINT ck_housing_location_beds CHECK (beds IS NULL OR beds BETWEEN 1 AND 5000),
    INDEX ix_housing_location_municipality (municipality_id, status),
    INDEX ix_housing_location_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bedrooms one by one, numbered by position (room 1 is position 0).
CREATE TABLE housing_location_room (
    location_id BIGINT NOT NULL,
    position    INT NOT NULL,
    area_m2     DECIMAL(5, 2) NOT NULL,
    occupants   INT NOT NULL,
    couple      BOOLEAN NOT NULL,
    PRIMARY KEY (location_id, position),
    CONSTRAINT fk_housing_room_location FOREIGN KEY (location_id) REFERENCES housing_location (id) ON DELETE CASCADE,
    CONSTRAINT ck_housing_room_area CHECK (area_m2 > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Knowledge items about a location (a participation case, a nuisance report).
CREATE TABLE housing_location_item (
    location_id BIGINT NOT NULL,
    item_id     BIGINT NOT NULL,
    PRIMARY KEY (location_id, item_id),
    CONSTRAINT fk_housing_item_location FOREIGN KEY (location_id) REFERENCES housing_location (id) ON DELETE CASCADE,
    CONSTRAINT fk_housing_item_item FOREIGN KEY (item_id) REFERENCES kb_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every save is a full snapshot (JSON), numbered 1, 2, ... per location; never updated.
CREATE TABLE housing_location_version (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    location_id BIGINT NOT NULL,
    number      INT NOT NULL,
    snapshot    MEDIUMTEXT NOT NULL,
    saved_at    TIMESTAMP(3) NOT NULL,
    saved_by    VARCHAR(100) NOT NULL,
    note        VARCHAR(200) NULL,
    CONSTRAINT uq_housing_location_version UNIQUE (location_id, number),
    CONSTRAINT fk_housing_version_location FOREIGN KEY (location_id) REFERENCES housing_location (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
