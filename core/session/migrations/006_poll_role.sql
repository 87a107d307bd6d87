-- Schema version 6: where a poll lands in the summary pack, the event's next steps, and the
-- export's settings (sections, order, caveat) kept with the session.

-- A place's priorities, feedback on the day, or any other poll (the pack's section for it).
ALTER TABLE poll ADD COLUMN role TEXT NOT NULL DEFAULT 'other'
    CHECK (role IN ('priorities', 'feedback', 'other'));
-- The organiser's "Next steps" for the pack's closing section; empty leaves it out.
ALTER TABLE event ADD COLUMN next_steps TEXT NOT NULL DEFAULT '';
-- The export page's choices as JSON ({"sections": [...], "caveat": "..."}); empty means defaults.
ALTER TABLE event ADD COLUMN export_settings TEXT NOT NULL DEFAULT '';
