-- Reading a person's newest stories walks this index in order and stops at the limit, instead
-- of sorting all of a busy person's claims. (It replaces the narrower claim_person.)
DROP INDEX claim_person;
CREATE INDEX claim_person_recent ON claim(person_id, season, updated_at);

-- Start-up reads each person's latest news (the name index's prior) with
-- `SELECT person_id, max(updated_at) FROM claim GROUP BY person_id`; without this covering
-- index that query reads every claim (seconds at a million claims).
CREATE INDEX claim_person_updated ON claim(person_id, updated_at);
