-- Schema version 7: place leads follow their actions through after the event.
-- An action's status, the date it is due (worked out from the words in by_when, which are always
-- kept; NULL when the words give no date, e.g. "ongoing") and when it was last reviewed.
ALTER TABLE action ADD COLUMN status TEXT NOT NULL DEFAULT 'not_started'
    CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'done', 'stopped'));
ALTER TABLE action ADD COLUMN due TEXT;
ALTER TABLE action ADD COLUMN reviewed TEXT;

-- The dated progress log of an action: who said what, and the status it recorded then.
CREATE TABLE action_update (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    at TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'done', 'stopped'))
);
CREATE INDEX action_update_action ON action_update(action_id, position);

-- The data pack's later periods: indicator.vals stays the baseline, each reading is one period.
CREATE TABLE indicator_reading (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    vals TEXT NOT NULL DEFAULT '[]'            -- JSON array of strings, one per indicator_column
);
CREATE INDEX indicator_reading_indicator ON indicator_reading(indicator_id, position);
