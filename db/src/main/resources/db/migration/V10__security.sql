-- Audit log: written in the same transaction as the change it records.
CREATE TABLE audit_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at      TIMESTAMP(3) NOT NULL,
    actor_account_id BIGINT NULL,
    actor_username   VARCHAR(100) NULL,
    action           VARCHAR(60) NOT NULL,
    entity_type      VARCHAR(60) NOT NULL,
    entity_id        VARCHAR(100) NULL,
    old_value        MEDIUMTEXT NULL,
    new_value        MEDIUMTEXT NULL,
    client_address   VARCHAR(64) NULL,
    INDEX ix_audit_time (occurred_at),
    INDEX ix_audit_entity (entity_type, entity_id),
    INDEX ix_audit_actor (actor_username, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed logins per account and client address; see LoginThrottle for the policy.
CREATE TABLE login_throttle (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(100) NOT NULL,
    client_address VARCHAR(64) NOT NULL,
    failures       INT NOT NULL DEFAULT 0,
    first_failure  TIMESTAMP(3) NOT NULL,
    locked_until   TIMESTAMP(3) NULL,
    CONSTRAINT uq_login_throttle UNIQUE (username, client_address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Personal API tokens: only a SHA-256 hash of the secret is stored.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64) NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    expires_at   TIMESTAMP(3) NOT NULL,
    revoked_at   TIMESTAMP(3) NULL,
    last_used_at TIMESTAMP(3) NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
