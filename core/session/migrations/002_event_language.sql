-- Schema version 2: the event's language sets the fixed labels of its summary pack.
ALTER TABLE event ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
