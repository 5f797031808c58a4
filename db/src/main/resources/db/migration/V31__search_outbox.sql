-- Search (issue 5): the durable record of item changes the search index has not yet committed.
-- A row is written in the same transaction as the item change, deleted once the index commit that
-- includes the change is on disk, and replayed at start: a crash between the database commit and
-- the index update heals at the next start, and a second node could catch up from here.
CREATE TABLE search_outbox (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id    BIGINT NOT NULL,
    changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_search_outbox_item (item_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
