-- Monitoring (issue 6): indicator values per area and period with their workflow and history,
-- baselines, targets and period deadlines.

-- area_code is the municipality's CBS code, or REGION for figures of the region as a whole.
CREATE TABLE monitoring_value (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id    BIGINT NOT NULL,
    municipality_id BIGINT NULL,
    area_code       VARCHAR(10) NOT NULL,
    period          VARCHAR(7) NOT NULL,
    period_start    DATE NOT NULL,
    value           DECIMAL(19, 4) NULL,
    status          VARCHAR(12) NOT NULL,
    comment         VARCHAR(2000) NULL,
    return_reason   VARCHAR(2000) NULL,
    entered_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_value_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT uq_value UNIQUE (indicator_id, area_code, period),
    CONSTRAINT ck_value_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    INDEX ix_value_area_period (area_code, period),
    INDEX ix_value_indicator_start (indicator_id, period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE monitoring_value_history (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    value_id   BIGINT NOT NULL,
    old_value  DECIMAL(19, 4) NULL,
    new_value  DECIMAL(19, 4) NULL,
    old_status VARCHAR(12) NULL,
    new_status VARCHAR(12) NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP(3) NOT NULL,
    comment    VARCHAR(2100) NULL,
    CONSTRAINT fk_history_value FOREIGN KEY (value_id) REFERENCES monitoring_value (id),
    INDEX ix_history_value (value_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The baseline measurement (nulmeting) per indicator and area.
CREATE TABLE monitoring_baseline (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id     BIGINT NOT NULL,
    area_code        VARCHAR(10) NOT NULL,
    value            DECIMAL(19, 4) NOT NULL,
    reference_period VARCHAR(7) NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_baseline_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT uq_baseline UNIQUE (indicator_id, area_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Targets (streefwaarden); area_name is the subregion's name or the CBS code, NULL for the region.
CREATE TABLE monitoring_target (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id BIGINT NOT NULL,
    area_level   VARCHAR(15) NOT NULL,
    area_name    VARCHAR(100) NULL,
    target_year  INT NOT NULL,
    direction    VARCHAR(10) NOT NULL,
    target_value DECIMAL(19, 4) NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT ck_target_level CHECK (area_level IN ('REGION', 'SUBREGION', 'MUNICIPALITY')),
    CONSTRAINT ck_target_direction CHECK (direction IN ('AT_LEAST', 'AT_MOST')),
    CONSTRAINT ck_target_area CHECK ((area_level = 'REGION') = (area_name IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The deadline after which a period is closed (set by the coordinator).
CREATE TABLE monitoring_period (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    period   VARCHAR(7) NOT NULL,
    deadline DATE NOT NULL,
    version  BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_monitoring_period UNIQUE (period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The framework's targets: at least 80% of international workers live in the municipality where they work.
INSERT INTO monitoring_target (indicator_id, area_level, area_name, target_year, direction, target_value)
SELECT id, 'REGION', NULL, 2030, 'AT_LEAST', 80 FROM indicator WHERE code = 'WONEN_BIJ_WERK';
