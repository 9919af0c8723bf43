-- The outbox is written and deleted in bulk: after a recount of 10^6 obligations the deadline schema's
-- outbox held about 670 MB of dead space, most of it in the toast table that keeps the payloads out of
-- line (V2). By default autovacuum takes a table once its dead tuples pass 50 + 0.2 x the tuples it
-- held when last vacuumed or analyzed: an outbox last counted in the middle of a burst waits for a
-- fifth of that burst to be dead before it is vacuumed again. A fixed threshold instead, on the table
-- and its toast table alike: 5,000 dead tuples (about 10 MB of payloads in the toast) or 5,000
-- inserted since the last run, however large the outbox once was. autovacuum_naptime (1 min by
-- default, a server setting) still bounds how soon after that it comes.
-- The insert parameters are PostgreSQL 13 and later. ALTER TABLE SET of autovacuum parameters takes a
-- SHARE UPDATE EXCLUSIVE lock only: the relay and the writers go on while it runs.
alter table outbox set (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 5000,
    autovacuum_vacuum_insert_scale_factor = 0,
    autovacuum_vacuum_insert_threshold = 5000,
    toast.autovacuum_vacuum_scale_factor = 0,
    toast.autovacuum_vacuum_threshold = 5000,
    toast.autovacuum_vacuum_insert_scale_factor = 0,
    toast.autovacuum_vacuum_insert_threshold = 5000
);
