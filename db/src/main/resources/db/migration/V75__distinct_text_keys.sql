-- Tags are compared by the application in NFC and lower case. The table's utf8mb4_unicode_ci collation
-- made 'café' equal 'cafe' (and 'straße' 'strasse', a fullwidth letter its ASCII letter) in the primary
-- key, so an item tagged with both failed with a duplicate key. A binary collation keeps distinct values
-- apart; case is already folded before the database sees a tag.
-- Usernames stay utf8mb4_unicode_ci on purpose: 'Jan' and 'jan' must be one account at login.
ALTER TABLE kb_item_tag MODIFY tag VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

-- Texts of up to 20,000 characters can take 80,000 bytes in utf8mb4, more than a TEXT column holds.
ALTER TABLE report_development_text MODIFY text MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL;
ALTER TABLE kb_item MODIFY pc_what_worked MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
                    MODIFY pc_what_did_not MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL;
