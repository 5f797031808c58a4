-- Finalised annual reports (issue 7), archived as immutable versions: the application only ever
-- inserts here (no update or delete path exists), and data_sha256 lets anyone check that the data
-- read in the council is the data that was finalised.
CREATE TABLE report_version (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_year    INT NOT NULL,
    version_number INT NOT NULL,
    finalised_at   TIMESTAMP(3) NOT NULL,
    finalised_by   VARCHAR(100) NOT NULL,
    data           LONGTEXT NOT NULL,
    data_sha256    CHAR(64) NOT NULL,
    CONSTRAINT uq_report_version UNIQUE (report_year, version_number),
    CONSTRAINT ck_report_version_number CHECK (version_number >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
