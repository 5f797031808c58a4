-- The yearly collaboration survey (issue 16): one survey per year, built by the coordinator from
-- sections and questions, answered once per participating municipality.
CREATE TABLE survey (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_year INT NOT NULL,
    title       VARCHAR(200) NOT NULL,
    deadline    DATE NOT NULL,
    anonymous   BOOLEAN NOT NULL,
    closed_at   TIMESTAMP(3) NULL,
    closed_by   VARCHAR(100) NULL,
    changed_at  TIMESTAMP(3) NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_survey_year UNIQUE (survey_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_section (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id BIGINT NOT NULL,
    position  INT NOT NULL,
    title     VARCHAR(200) NOT NULL,
    CONSTRAINT fk_survey_section_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind: AGREEMENT (five-point scale with "weet niet / n.v.t."), RATING (1-10), CHOICE, OPEN.
-- choices: the scale's five labels or the choice's options, one per line.
CREATE TABLE survey_question (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    section_id BIGINT NOT NULL,
    position   INT NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    text       VARCHAR(500) NOT NULL,
    required   BOOLEAN NOT NULL,
    choices    TEXT NULL,
    CONSTRAINT fk_survey_question_section FOREIGN KEY (section_id) REFERENCES survey_section (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_response (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id       BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    status          VARCHAR(20) NOT NULL,
    saved_at        TIMESTAMP(3) NOT NULL,
    saved_by        VARCHAR(100) NOT NULL,
    submitted_at    TIMESTAMP(3) NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_survey_response UNIQUE (survey_id, municipality_id),
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_response_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One answer per question: score (agreement 1-5, rating 1-10), dont_know, choice or open_text.
CREATE TABLE survey_answer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    response_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    score       INT NULL,
    dont_know   BOOLEAN NOT NULL DEFAULT FALSE,
    choice      VARCHAR(200) NULL,
    open_text   TEXT NULL,
    CONSTRAINT uq_survey_answer UNIQUE (response_id, question_id),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
    CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
