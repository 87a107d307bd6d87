-- Schema version 5: moderation and reveal.
-- A written answer (word cloud, open text) the facilitator hid: kept in the file, left out of
-- the tally the projector, the kiosk and the pack show (which say how many were hidden).
ALTER TABLE vote ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
-- When the room sees a poll's results: 'live' as votes arrive, or 'closed' once voting closes.
ALTER TABLE poll ADD COLUMN reveal TEXT NOT NULL DEFAULT 'live' CHECK (reveal IN ('live', 'closed'));
