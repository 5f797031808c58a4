-- An item followed as '019' and as '19' was two follows. Item ids are now stored without leading zeros;
-- follows stored before keep one row per account and item (the oldest), compared as numbers.
DELETE later FROM kb_watch later
    JOIN kb_watch earlier ON earlier.account_id = later.account_id AND earlier.target_type = 'ITEM'
        AND CAST(earlier.target AS UNSIGNED) = CAST(later.target AS UNSIGNED) AND earlier.id < later.id
WHERE later.target_type = 'ITEM';
UPDATE kb_watch SET target = CAST(CAST(target AS UNSIGNED) AS CHAR)
WHERE target_type = 'ITEM' AND target REGEXP '^0+[0-9]';
