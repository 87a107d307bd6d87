-- Schema version 3: identity and provenance, so copies of one session merge by row.
-- Row ids stay INTEGER PRIMARY KEY; new rows get random 53-bit ids, so rows made on different
-- laptops never collide, and copies of one session share the ids of what they share. The
-- session's origin (in meta) says which files are copies of one session.

-- Every laptop that wrote to this file: a stable id and the name people know it by.
CREATE TABLE device (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    last_seen TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Who made a row (field '') or last changed one of its fields, and when. base: the stamp
-- ("at device") of another laptop's change that this one replaced.
CREATE TABLE stamp (
    kind TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    at TEXT NOT NULL,
    device TEXT NOT NULL,
    base TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, row_id, field)
) WITHOUT ROWID;

-- Rows deleted here, so a merge does not bring them back from an untouched copy.
CREATE TABLE tombstone (
    kind TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    device TEXT NOT NULL,
    PRIMARY KEY (kind, row_id)
) WITHOUT ROWID;

-- Fields two laptops changed differently: the value kept is in the row, the other is here.
CREATE TABLE conflict (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    other TEXT,
    other_device TEXT NOT NULL DEFAULT '',
    other_at TEXT NOT NULL DEFAULT '',
    file TEXT NOT NULL DEFAULT ''
);

-- Phone votes are stamped per batch (one poll, one time): found through this, not a scan.
CREATE INDEX vote_cast ON vote(poll_id, cast_at);

INSERT OR IGNORE INTO meta (key, value) VALUES ('origin', lower(hex(randomblob(16))));
