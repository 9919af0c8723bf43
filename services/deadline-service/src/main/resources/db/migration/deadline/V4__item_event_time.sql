-- The event log keeps what the timeline shows (id, type, time as sent, origin) for every event,
-- and the whole event only where it may still be needed: a publication may wait for its item and
-- be dead-lettered later with its original text. Fewer bytes written per event under a burst.
alter table item_event add column event_time text;
update item_event set event_time = payload::jsonb ->> 'time';
alter table item_event alter column payload drop not null;
