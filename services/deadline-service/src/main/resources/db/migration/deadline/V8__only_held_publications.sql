-- A publication is kept whole in the event log (item_event.payload) anyway; a table row of its own is
-- needed only while it waits for its version (events may arrive out of order). Under a burst this is
-- one row and one random-key index entry per publication fewer, the intake's lookup by item no longer
-- joins the item table (a join the planner turned into whole-table scans as the tables grew), and the
-- sweep for publications of items never seen reads only the held ones.
delete from publication p using item i where i.item_id = p.item_id and p.version <= i.latest_version;
alter table publication rename to held_publication;
alter table held_publication rename constraint publication_pkey to held_publication_pkey;
