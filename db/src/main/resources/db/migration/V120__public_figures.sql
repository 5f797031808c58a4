-- Public figures from CBS (issue 17): imports of StatLine files, the mapping of a CBS table's measure
-- to an indicator, the source of every imported value, dated municipal codes, and the population
-- of 1 January that figures per 1,000 inhabitants are divided by.

-- Population on 1 January of the year (CBS: "Bevolking op 1 januari"); counts and sums over municipalities.
INSERT INTO indicator (code, name_nl, name_en, unit, period_type, time_aggregation, area_aggregation, level,
                       entry_level, min_value, max_value)
VALUES ('INWONERS', 'Aantal inwoners op 1 januari', 'Inhabitants on 1 January', 'COUNT', 'YEAR', 'LAST', 'SUM',
        'IMPACT', 'MUNICIPALITY', 0, NULL);

-- One import of a CBS file, all or nothing; source_note is the licence's attribution.
CREATE TABLE public_figure_import (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    table_id            VARCHAR(20) NOT NULL,
    file_format         VARCHAR(20) NOT NULL,
    file_name           VARCHAR(200) NULL,
    downloaded_on       DATE NOT NULL,
    imported_by         VARCHAR(100) NOT NULL,
    imported_at         TIMESTAMP(3) NOT NULL,
    observations        INT NOT NULL,
    stored              INT NOT NULL,
    replaced            INT NOT NULL,
    unchanged           INT NOT NULL,
    skipped_outside     INT NOT NULL,
    skipped_other_areas INT NOT NULL,
    skipped_periods     INT NOT NULL,
    source_note         VARCHAR(40) NOT NULL,
    INDEX ix_public_import_table (table_id, imported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which indicator a CBS table's measure feeds; factor turns CBS's unit into the indicator's
-- (WOZ values are published in thousands of euros: factor 1000).
CREATE TABLE public_figure_mapping (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    table_id     VARCHAR(20) NOT NULL,
    measure      VARCHAR(80) NOT NULL,
    indicator_id BIGINT NOT NULL,
    factor       DECIMAL(19, 6) NOT NULL DEFAULT 1,
    updated_by   VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_public_mapping_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT uq_public_mapping UNIQUE (table_id, measure)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A value that came from a public source: it cannot be entered or corrected by hand.
ALTER TABLE monitoring_value
    ADD COLUMN source_table      VARCHAR(20) NULL,
    ADD COLUMN source_measure    VARCHAR(80) NULL,
    ADD COLUMN source_downloaded DATE NULL,
    ADD COLUMN source_import_id  BIGINT NULL,
    ADD CONSTRAINT fk_value_source_import FOREIGN KEY (source_import_id) REFERENCES public_figure_import (id);

-- Dated municipal codes: what a CBS code meant in a period. A code of one of our municipalities
-- that is not listed here means that municipality in every period; municipality_id NULL is a
-- predecessor outside our list (its figures are not one of ours).
CREATE TABLE cbs_municipal_code (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            CHAR(6) NOT NULL,
    name            VARCHAR(100) NOT NULL,
    municipality_id BIGINT NULL,
    valid_from      DATE NOT NULL,
    valid_to        DATE NULL,
    CONSTRAINT fk_cbs_code_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_cbs_code_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    INDEX ix_cbs_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Berg en Dal was formed on 1 January 2016 from Groesbeek, Millingen aan de Rijn and Ubbergen.
INSERT INTO cbs_municipal_code (code, name, municipality_id, valid_from, valid_to)
SELECT 'GM1945', 'Berg en Dal', id, '2016-01-01', NULL FROM municipality WHERE cbs_code = 'GM1945';
INSERT INTO cbs_municipal_code (code, name, municipality_id, valid_from, valid_to) VALUES
    ('GM0241', 'Groesbeek', NULL, '1900-01-01', '2015-12-31'),
    ('GM0265', 'Millingen aan de Rijn', NULL, '1900-01-01', '2015-12-31'),
    ('GM0282', 'Ubbergen', NULL, '1900-01-01', '2015-12-31');
-- Montferland was formed on 1 January 2005 (from Bergh and Didam).
INSERT INTO cbs_municipal_code (code, name, municipality_id, valid_from, valid_to)
SELECT 'GM1955', 'Montferland', id, '2005-01-01', NULL FROM municipality WHERE cbs_code = 'GM1955';

-- CBS table 70072NED (Regionale kerncijfers Nederland) gives the population on 1 January.
INSERT INTO public_figure_mapping (table_id, measure, indicator_id, factor, updated_by, updated_at)
SELECT '70072NED', 'TotaleBevolking_1', id, 1, 'system', CURRENT_TIMESTAMP(3) FROM indicator WHERE code = 'INWONERS';
