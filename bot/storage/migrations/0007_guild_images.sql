-- Mercato schema: whether a server's answers carry pictures (/config images on|off).
--
-- On by default: a server that never ran /config images gets the career timeline with /transfer
-- and the ins and outs with /team. 0 or 1, nothing else.

ALTER TABLE guild_settings ADD COLUMN images INTEGER NOT NULL DEFAULT 1 CHECK (images IN (0, 1));
