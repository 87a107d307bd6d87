-- Schema version 4: the live room. Every committed edit's changes (an SQLite session changeset,
-- keyed by the row ids that copies share) are written in the same transaction as the edit, so
-- nothing a laptop committed is lost before the room's host has it.

-- On a laptop: this file's edits the host has not acknowledged yet, in the order they were made.
CREATE TABLE room_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    changes BLOB NOT NULL
);

-- On the host: every change the room has applied, in order; laptops catch up from here.
CREATE TABLE room_log (
    gseq INTEGER PRIMARY KEY AUTOINCREMENT,
    device TEXT NOT NULL,
    at TEXT NOT NULL,
    changes BLOB NOT NULL
);

-- On the host: the laptops in the room, what they capture and how far each has come.
CREATE TABLE room_peer (
    device TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    captures TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL DEFAULT 0,
    gseq INTEGER NOT NULL DEFAULT 0,
    backlog INTEGER NOT NULL DEFAULT 0,
    last_contact TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
