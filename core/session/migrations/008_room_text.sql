-- Schema version 8: what the room sees of an agenda item, apart from the facilitator's guidance.
-- The projector shows this line (or the built-in one for the activity), never the guidance,
-- which may say things meant for the facilitators only ("check every laptop has the session").
ALTER TABLE agenda_item ADD COLUMN room_text TEXT NOT NULL DEFAULT '';
