-- An item followed as '019' and as '19' was two follows. Item ids are now stored without leading zeros;
-- follows stored before keep one row per account and item.
DELETE zero FROM kb_watch zero
    JOIN kb_watch plain ON plain.account_id = zero.account_id AND plain.target_type = 'ITEM'
        AND plain.target = CAST(CAST(zero.target AS UNSIGNED) AS CHAR) AND plain.id <> zero.id
WHERE zero.target_type = 'ITEM' AND zero.target REGEXP '^0+[0-9]';
DELETE later FROM kb_watch later
    JOIN kb_watch earlier ON earlier.account_id = later.account_id AND earlier.target_type = 'ITEM'
        AND CAST(earlier.target AS UNSIGNED) = CAST(later.target AS UNSIGNED) AND earlier.id < later.id
WHERE later.target_type = 'ITEM' AND later.target REGEXP '^0+[0-9]';
UPDATE kb_watch SET target = CAST(CAST(target AS UNSIGNED) AS CHAR)
WHERE target_type = 'ITEM' AND target REGEXP '^0+[0-9]';
