-- Questions and answers (issue 20): municipalities ask the region, colleagues and the expertise team
-- answer. A question is read by the knowledge-base rule (visibility region, municipality, steering)
-- as published content of the asker's municipality; every save of a question or an answer is a version.

ALTER TABLE account_role DROP CONSTRAINT ck_account_role;
ALTER TABLE account_role ADD CONSTRAINT ck_account_role
    CHECK (role IN ('reader', 'contributor', 'editor', 'data-steward', 'steering', 'coordinator', 'expert', 'admin'));

CREATE TABLE question (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                     VARCHAR(200) NOT NULL,
    body                      MEDIUMTEXT NOT NULL,
    municipality_id           BIGINT NULL,
    visibility                VARCHAR(20) NOT NULL,
    status                    VARCHAR(20) NOT NULL,
    asker_account_id          BIGINT NOT NULL,
    accepted_answer_id        BIGINT NULL,
    assigned_expert_account_id BIGINT NULL,
    assigned_at               TIMESTAMP(3) NULL,
    knowledge_item_id         BIGINT NULL,
    created_at                TIMESTAMP(3) NOT NULL,
    updated_at                TIMESTAMP(3) NOT NULL,
    revision                  INT NOT NULL,
    version                   BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_question_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_question_asker FOREIGN KEY (asker_account_id) REFERENCES account (id),
    CONSTRAINT fk_question_expert FOREIGN KEY (assigned_expert_account_id) REFERENCES account (id),
    CONSTRAINT fk_question_item FOREIGN KEY (knowledge_item_id) REFERENCES kb_item (id),
    CONSTRAINT ck_question_visibility CHECK (visibility IN ('REGION', 'MUNICIPALITY', 'STEERING')),
    CONSTRAINT ck_question_status CHECK (status IN ('OPEN', 'ANSWERED')),
    INDEX ix_question_status (status, created_at),
    INDEX ix_question_municipality (municipality_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_theme (
    question_id BIGINT NOT NULL,
    theme_code  VARCHAR(10) NOT NULL,
    PRIMARY KEY (question_id, theme_code),
    CONSTRAINT fk_question_theme_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_block (
    question_id BIGINT NOT NULL,
    block_code  VARCHAR(10) NOT NULL,
    PRIMARY KEY (question_id, block_code),
    CONSTRAINT fk_question_block_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_answer (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id             BIGINT NOT NULL,
    body                    MEDIUMTEXT NOT NULL,
    author_account_id       BIGINT NOT NULL,
    author_municipality_id  BIGINT NULL,
    useful_votes            INT NOT NULL DEFAULT 0,
    created_at              TIMESTAMP(3) NOT NULL,
    updated_at              TIMESTAMP(3) NOT NULL,
    revision                INT NOT NULL,
    version                 BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    INDEX ix_answer_question (question_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One useful-vote per account and answer: the key refuses a second one even when two arrive at once.
CREATE TABLE question_answer_vote (
    answer_id  BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    voted_at   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (answer_id, account_id),
    CONSTRAINT fk_vote_answer FOREIGN KEY (answer_id) REFERENCES question_answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_vote_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every save is a full snapshot (JSON), numbered 1, 2, ... per question or answer; never updated.
CREATE TABLE question_version (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT NOT NULL,
    number      INT NOT NULL,
    snapshot    MEDIUMTEXT NOT NULL,
    saved_at    TIMESTAMP(3) NOT NULL,
    saved_by    VARCHAR(100) NOT NULL,
    note        VARCHAR(200) NULL,
    CONSTRAINT uq_question_version UNIQUE (question_id, number),
    CONSTRAINT fk_question_version_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_answer_version (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    answer_id BIGINT NOT NULL,
    number    INT NOT NULL,
    snapshot  MEDIUMTEXT NOT NULL,
    saved_at  TIMESTAMP(3) NOT NULL,
    saved_by  VARCHAR(100) NOT NULL,
    note      VARCHAR(200) NULL,
    CONSTRAINT uq_answer_version UNIQUE (answer_id, number),
    CONSTRAINT fk_answer_version_answer FOREIGN KEY (answer_id) REFERENCES question_answer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
