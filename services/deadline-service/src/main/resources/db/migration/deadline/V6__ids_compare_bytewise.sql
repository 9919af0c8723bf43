-- Ids are opaque keys: compare them byte by byte (collation "C") rather than by the server's
-- language rules. Every insert walks the btree indexes on these columns, and a locale comparison
-- (strcoll) costs several times a memcmp: about a tenth of the database's time under a burst.
alter table item_event      alter column event_id type text collate "C",
                            alter column item_id  type text collate "C";
alter table item            alter column item_id  type text collate "C";
alter table obligation      alter column item_id  type text collate "C";
alter table publication     alter column event_id type text collate "C",
                            alter column item_id  type text collate "C";
alter table rejected_record alter column origin   type text collate "C";
