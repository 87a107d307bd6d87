-- Schema version 1: the whole domain of a Roundtable session.
-- Every ordered list has a 0-based contiguous `position` within its parent.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE event (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '[]',      -- JSON array of lines
    disclaimer TEXT NOT NULL DEFAULT ''
);
INSERT INTO event (id) VALUES (1);

CREATE TABLE source (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    file TEXT NOT NULL,
    merged_at TEXT NOT NULL
);

CREATE TABLE prompt (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    key TEXT NOT NULL UNIQUE,
    question TEXT NOT NULL
);

CREATE TABLE poll (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'choice'
        CHECK (kind IN ('choice', 'multi', 'ranking', 'scale', 'wordcloud', 'open')),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
    max_choices INTEGER NOT NULL DEFAULT 0,   -- multi: 0 = no limit
    place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
    source INTEGER REFERENCES source(id) ON DELETE SET NULL
);

CREATE TABLE poll_option (
    id INTEGER PRIMARY KEY,
    poll_id INTEGER NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX poll_option_poll ON poll_option(poll_id, position);

-- One row per vote so results can be recounted; device is NULL for tallied votes.
CREATE TABLE vote (
    id INTEGER PRIMARY KEY,
    poll_id INTEGER NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
    device TEXT,
    cast_at TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL,                     -- JSON object, as in the interchange format
    UNIQUE (poll_id, device)
);

CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    start TEXT NOT NULL DEFAULT '',
    "end" TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'plenary'
        CHECK (kind IN ('arrival', 'plenary', 'break', 'tables', 'breakout', 'close')),
    guidance TEXT NOT NULL DEFAULT '',
    poll_id INTEGER REFERENCES poll(id) ON DELETE SET NULL
);

CREATE TABLE topic_table (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    number INTEGER NOT NULL DEFAULT 0,
    topic TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    source INTEGER REFERENCES source(id) ON DELETE SET NULL
);

CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    table_id INTEGER NOT NULL REFERENCES topic_table(id) ON DELETE CASCADE,
    prompt_id INTEGER NOT NULL REFERENCES prompt(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    key_point INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL DEFAULT '',
    edited TEXT NOT NULL DEFAULT ''
);
CREATE INDEX note_scope ON note(table_id, prompt_id, position);

CREATE TABLE place (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    priorities TEXT NOT NULL DEFAULT '',
    source INTEGER REFERENCES source(id) ON DELETE SET NULL
);

CREATE TABLE aim (
    id INTEGER PRIMARY KEY,
    place_id INTEGER NOT NULL REFERENCES place(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    statement TEXT NOT NULL DEFAULT '',
    cohort TEXT NOT NULL DEFAULT ''
);
CREATE INDEX aim_place ON aim(place_id, position);

-- impact: 0 low .. 1 high (x); effort: 0 easy .. 1 difficult (y, easy at the top).
-- The quadrant is derived from these, never stored.
CREATE TABLE idea (
    id INTEGER PRIMARY KEY,
    aim_id INTEGER NOT NULL REFERENCES aim(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    impact REAL NOT NULL DEFAULT 0.5 CHECK (impact BETWEEN 0 AND 1),
    effort REAL NOT NULL DEFAULT 0.5 CHECK (effort BETWEEN 0 AND 1),
    unsorted INTEGER NOT NULL DEFAULT 0       -- still in the parking strip
);
CREATE INDEX idea_aim ON idea(aim_id, position);

-- Driver diagram: depth 0 primary, 1 secondary, 2 change idea (may reuse a PICK idea).
CREATE TABLE driver (
    id INTEGER PRIMARY KEY,
    aim_id INTEGER NOT NULL REFERENCES aim(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES driver(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    idea_id INTEGER REFERENCES idea(id) ON DELETE SET NULL
);
CREATE INDEX driver_scope ON driver(aim_id, parent_id, position);

CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    place_id INTEGER NOT NULL REFERENCES place(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    cohort TEXT NOT NULL DEFAULT '',
    idea TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    by_when TEXT NOT NULL DEFAULT '',
    measure TEXT NOT NULL DEFAULT '',
    idea_id INTEGER REFERENCES idea(id) ON DELETE SET NULL
);
CREATE INDEX action_place ON action(place_id, position);

-- The data pack: columns are the areas then the comparators.
CREATE TABLE indicator_column (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    comparator INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    domain TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    vals TEXT NOT NULL DEFAULT '[]',          -- JSON array of strings, one per indicator_column
    higher_is_better INTEGER NOT NULL DEFAULT 1
);
