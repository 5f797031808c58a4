-- E-mail (issue 20). The outbox holds every mail the platform decided to send, written in the same
-- transaction as the change that caused it (nothing is sent for a change that was rolled back) and
-- delivered later by a background sender on any node: a node claims a row with a conditional UPDATE
-- (claimed_by / claimed_until), so two nodes never send the same mail, and a node that dies
-- mid-send releases its claim when claimed_until passes. A failing SMTP server is retried with
-- exponential backoff (attempts, next_attempt_at) until a bound, then the row is FAILED.
CREATE TABLE mail_outbox (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id        BIGINT       NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    recipient         VARCHAR(254) NOT NULL,
    language          CHAR(2)      NOT NULL,
    subject           VARCHAR(400) NOT NULL,
    body_text         MEDIUMTEXT   NOT NULL,
    body_html         MEDIUMTEXT   NOT NULL,
    -- random, one per mail: the link in the mail unsubscribes its account from its kind without a login
    unsubscribe_token CHAR(43)     NOT NULL,
    status            VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
    attempts          INT          NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    claimed_by        VARCHAR(100) NULL,
    claimed_until     TIMESTAMP(3) NULL,
    last_error        VARCHAR(500) NULL,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    sent_at           TIMESTAMP(3) NULL,
    CONSTRAINT fk_mail_outbox_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_mail_outbox_unsubscribe UNIQUE (unsubscribe_token),
    INDEX ix_mail_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a person wants to receive: the address (accounts have none of their own), the digest
-- frequency and the kinds of mail switched off (comma-separated MailKind names).
CREATE TABLE mail_preference (
    account_id     BIGINT       NOT NULL PRIMARY KEY,
    address        VARCHAR(254) NULL,
    digest         VARCHAR(10)  NOT NULL DEFAULT 'NONE',
    disabled_kinds VARCHAR(500) NOT NULL DEFAULT '',
    digest_since   TIMESTAMP(3) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_mail_preference_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mails that go out once per account and occasion (a digest per period, a reminder per period and
-- day): the row is inserted before the mail is enqueued, in the same transaction, and the unique key
-- lets only one node (or one run) win, so two nodes never send the same digest twice.
CREATE TABLE mail_once (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    occasion      VARCHAR(100) NOT NULL,
    covered_until TIMESTAMP(3) NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_mail_once_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_mail_once UNIQUE (account_id, occasion)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
