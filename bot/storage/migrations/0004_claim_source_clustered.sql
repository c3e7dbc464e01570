-- An answer reads every source of up to a hundred claims. As a rowid table, each source row
-- was a primary-key index lookup and then a table lookup on another page; WITHOUT ROWID keeps a
-- claim's sources together in the primary key's own b-tree, one page for all of them.
CREATE TABLE claim_source_clustered (
    claim_id    INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('broke', 'reported', 'confirmed', 'official', 'denial')),
    status      TEXT NOT NULL CHECK (status IN ('rumour', 'reported', 'confirmed', 'official', 'denied')),
    PRIMARY KEY (claim_id, report_id)
) WITHOUT ROWID;
INSERT INTO claim_source_clustered (claim_id, report_id, role, status)
    SELECT claim_id, report_id, role, status FROM claim_source ORDER BY claim_id, report_id;
DROP TABLE claim_source;
ALTER TABLE claim_source_clustered RENAME TO claim_source;
CREATE INDEX claim_source_report ON claim_source(report_id);
