-- Versioned indicator definitions (issue 6): a change of an indicator's definition by the coordinator
-- is a new version valid from a period, with a footnote; series show a break there instead of mixing
-- definitions silently. The catalogue's existing indicators are version 1, valid from the start.
CREATE TABLE indicator_definition_version (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id     BIGINT NOT NULL,
    version_number   INT NOT NULL,
    valid_from       VARCHAR(7) NULL,
    valid_from_start DATE NULL,
    definition       VARCHAR(2000) NOT NULL,
    footnote         VARCHAR(1000) NULL,
    changed_by       VARCHAR(100) NOT NULL,
    changed_at       TIMESTAMP(3) NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_definition_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT uq_definition_version UNIQUE (indicator_id, version_number),
    CONSTRAINT uq_definition_from UNIQUE (indicator_id, valid_from),
    CONSTRAINT ck_definition_first CHECK ((version_number = 1) = (valid_from IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO indicator_definition_version (indicator_id, version_number, valid_from, valid_from_start, definition,
                                          footnote, changed_by, changed_at)
SELECT id, 1, NULL, NULL, name_nl, NULL, 'system', CURRENT_TIMESTAMP(3) FROM indicator;
