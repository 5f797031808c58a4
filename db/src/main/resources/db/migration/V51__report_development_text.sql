-- The coordinator's edited text of "developments and initiatives" per municipality and report year
-- (issue 7); without a row the report shows the year's published development updates as they are.
CREATE TABLE report_development_text (
    report_year  INT NOT NULL,
    cbs_code     VARCHAR(10) NOT NULL,
    text         TEXT NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (report_year, cbs_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
