-- The region: subregions, municipalities and their dated membership.
CREATE TABLE subregion (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_subregion_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE municipality (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    cbs_code CHAR(6) NOT NULL,
    name     VARCHAR(100) NOT NULL,
    province VARCHAR(50) NOT NULL,
    version  BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_municipality_cbs UNIQUE (cbs_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Both ends inclusive; valid_to NULL means "still a member".
CREATE TABLE region_membership (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    municipality_id BIGINT NOT NULL,
    subregion_id    BIGINT NOT NULL,
    valid_from      DATE NOT NULL,
    valid_to        DATE NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_membership_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_membership_subregion FOREIGN KEY (subregion_id) REFERENCES subregion (id),
    CONSTRAINT ck_membership_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    INDEX ix_membership_period (valid_from, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The indicator catalogue of section 6.2.
CREATE TABLE indicator (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40) NOT NULL,
    name_nl          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    unit             VARCHAR(20) NOT NULL,
    period_type      VARCHAR(10) NOT NULL,
    time_aggregation VARCHAR(10) NOT NULL,
    area_aggregation VARCHAR(20) NOT NULL,
    level            VARCHAR(20) NOT NULL,
    entry_level      VARCHAR(20) NOT NULL DEFAULT 'MUNICIPALITY',
    min_value        DECIMAL(19, 4) NULL,
    max_value        DECIMAL(19, 4) NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_indicator_code UNIQUE (code),
    CONSTRAINT ck_indicator_unit CHECK (unit IN ('COUNT', 'EUR', 'EUR_MILLION', 'SCORE', 'PERCENT')),
    CONSTRAINT ck_indicator_period CHECK (period_type IN ('QUARTER', 'YEAR')),
    CONSTRAINT ck_indicator_time CHECK (time_aggregation IN ('SUM', 'LAST', 'MEAN')),
    CONSTRAINT ck_indicator_area CHECK (area_aggregation IN ('SUM', 'WEIGHTED_MEAN', 'NONE')),
    CONSTRAINT ck_indicator_level CHECK (level IN ('OUTPUT', 'COLLABORATION', 'IMPACT')),
    CONSTRAINT ck_indicator_entry CHECK (entry_level IN ('MUNICIPALITY', 'REGION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
