-- Knowledge base (issue 4): themes and building blocks (reference data), items with their versions,
-- participation-case fields, attachments with extracted text, and watches.

CREATE TABLE kb_theme (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(10) NOT NULL,
    name_nl  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    position INT NOT NULL,
    version  BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_kb_theme_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kb_building_block (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(10) NOT NULL,
    theme_code VARCHAR(10) NOT NULL,
    name_nl    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_kb_block_code UNIQUE (code),
    CONSTRAINT fk_kb_block_theme FOREIGN KEY (theme_code) REFERENCES kb_theme (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO kb_theme (code, name_nl, name_en, position) VALUES
 ('1', 'Voldoende aanbod van goede kwaliteit', 'Enough housing of good quality', 1),
 ('2', 'Registratie en informatie', 'Registration and information', 2),
 ('3', 'Internationale werknemer centraal', 'The international worker first', 3),
 ('4', 'Communicatie en participatie', 'Communication and participation', 4),
 ('5', 'Controle en handhaving', 'Inspection and enforcement', 5),
 ('6', 'Regionale samenwerking', 'Regional collaboration', 6);

INSERT INTO kb_building_block (code, theme_code, name_nl, name_en) VALUES
 ('1.1', '1', 'Kwaliteit en beheer van huisvesting', 'Quality and management of housing'),
 ('1.2', '1', 'Voldoende huisvesting', 'Enough housing'),
 ('2.1', '2', 'Registratie: BRP, RNI, digitaal nachtregister, toeristenbelasting', 'Registration: BRP, RNI, digital night register, tourist tax'),
 ('3.1', '3', 'Communicatie', 'Communication'),
 ('3.2', '3', 'Toegang tot zorg', 'Access to care'),
 ('3.3', '3', 'Onderwijs', 'Education'),
 ('4.1', '4', 'Participatie van inwoners', 'Participation of residents'),
 ('4.2', '4', 'Kennisdeling', 'Knowledge sharing'),
 ('5.1', '5', 'Controle en handhaving', 'Inspection and enforcement'),
 ('5.2', '5', 'Gezamenlijke aanpak malafide partijen', 'Joint action against mala fide parties'),
 ('6.1', '6', 'Governance', 'Governance'),
 ('6.2', '6', 'Monitoring', 'Monitoring'),
 ('6.3', '6', 'Gezamenlijk handelingsperspectief', 'Shared action perspective');

-- One row per item; the pc_* columns are filled for participation cases only.
CREATE TABLE kb_item (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                   VARCHAR(40) NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    summary                VARCHAR(2000) NOT NULL,
    body                   MEDIUMTEXT NOT NULL,
    owning_municipality_id BIGINT NULL,
    visibility             VARCHAR(20) NOT NULL,
    status                 VARCHAR(20) NOT NULL,
    owner_account_id       BIGINT NOT NULL,
    review_by              DATE NULL,
    created_at             TIMESTAMP(3) NOT NULL,
    updated_at             TIMESTAMP(3) NOT NULL,
    published_at           TIMESTAMP(3) NULL,
    revision               INT NOT NULL,
    pc_location            VARCHAR(200) NULL,
    pc_beds                INT NULL,
    pc_housing_kind        VARCHAR(40) NULL,
    pc_phase               VARCHAR(40) NULL,
    pc_methods             VARCHAR(400) NULL,
    pc_participants        VARCHAR(400) NULL,
    pc_outcome             VARCHAR(40) NULL,
    pc_what_worked         TEXT NULL,
    pc_what_did_not        TEXT NULL,
    pc_contact             VARCHAR(200) NULL,
    version                BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_kb_item_municipality FOREIGN KEY (owning_municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_kb_item_owner FOREIGN KEY (owner_account_id) REFERENCES account (id),
    CONSTRAINT ck_kb_item_visibility CHECK (visibility IN ('REGION', 'MUNICIPALITY', 'STEERING')),
    CONSTRAINT ck_kb_item_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    INDEX ix_kb_item_updated (updated_at),
    INDEX ix_kb_item_owner (owner_account_id, review_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kb_item_theme (
    item_id    BIGINT NOT NULL,
    theme_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (item_id, theme_code),
    CONSTRAINT fk_kb_item_theme_item FOREIGN KEY (item_id) REFERENCES kb_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_kb_item_theme_theme FOREIGN KEY (theme_code) REFERENCES kb_theme (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kb_item_block (
    item_id    BIGINT NOT NULL,
    block_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (item_id, block_code),
    CONSTRAINT fk_kb_item_block_item FOREIGN KEY (item_id) REFERENCES kb_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_kb_item_block_block FOREIGN KEY (block_code) REFERENCES kb_building_block (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kb_item_tag (
    item_id BIGINT NOT NULL,
    tag     VARCHAR(60) NOT NULL,
    PRIMARY KEY (item_id, tag),
    CONSTRAINT fk_kb_item_tag_item FOREIGN KEY (item_id) REFERENCES kb_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every save is a full snapshot (JSON), numbered 1, 2, ... per item; never updated.
CREATE TABLE kb_item_version (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT NOT NULL,
    number      INT NOT NULL,
    snapshot    MEDIUMTEXT NOT NULL,
    saved_at    TIMESTAMP(3) NOT NULL,
    saved_by    VARCHAR(100) NOT NULL,
    note        VARCHAR(200) NULL,
    CONSTRAINT uq_kb_item_version UNIQUE (item_id, number),
    CONSTRAINT fk_kb_item_version_item FOREIGN KEY (item_id) REFERENCES kb_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The file lives under <kb.data.dir>/attachments/<storage_key>; the text Tika extracted is kept for search.
CREATE TABLE kb_attachment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id        BIGINT NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(150) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sha256         CHAR(64) NOT NULL,
    storage_key    VARCHAR(100) NOT NULL,
    extracted_text MEDIUMTEXT NULL,
    uploaded_at    TIMESTAMP(3) NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    version        BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_kb_attachment_key UNIQUE (storage_key),
    CONSTRAINT fk_kb_attachment_item FOREIGN KEY (item_id) REFERENCES kb_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person follows a theme (target THEME, code) or an item (target ITEM, item id as text).
CREATE TABLE kb_watch (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT NOT NULL,
    target_type  VARCHAR(10) NOT NULL,
    target       VARCHAR(20) NOT NULL,
    last_seen_at TIMESTAMP(3) NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_kb_watch UNIQUE (account_id, target_type, target),
    CONSTRAINT fk_kb_watch_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_kb_watch_type CHECK (target_type IN ('THEME', 'ITEM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
