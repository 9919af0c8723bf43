-- Keep each event exactly as it was sent (text, not jsonb): cheaper to write under a burst, and a
-- held publication is dead-lettered later with its original bytes.
alter table item_event alter column payload type text using payload::text;
