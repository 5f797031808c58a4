-- The language a person chose for the pages and the server's texts (nl or en); NULL: not chosen,
-- then the browser's Accept-Language decides, else Dutch.
ALTER TABLE account ADD COLUMN language CHAR(2) NULL;
