-- The event log and the publications are keyed by (item, event id) instead of the event id alone:
-- the key then serves the lookups by item as well, and the separate item indexes go. Under a
-- burst every event wrote into two indexes of random keys here; now one. A repeated event has the
-- same subject, so it is still recognised; an id that another item already used is no longer
-- mistaken for a repeat.
alter table item_event drop constraint item_event_pkey, add primary key (item_id, event_id);
drop index item_event_by_item;

alter table publication drop constraint publication_pkey, add primary key (item_id, event_id);
drop index publication_by_item;
