-- Every change of an obligation's due date or state is a non-HOT update: each index of the table gets
-- a new entry. At 10^6 open obligations a recount updates them all, and the intake inserts into every
-- index per obligation, so the indexes' width is paid on each write (issue 13: one set-wise update of
-- 10^6 rows wrote 2.4 GB of WAL with V13's indexes, 1.9 GB with these; the table and its indexes
-- took 2.35 GB against 1.76 GB).
--
-- 1. The worklist index no longer carries title, search text and category text. They were there for
--    index-only counts of a text search; a search now reads the rows it scans, and the page's 50 rows
--    are read by key as before. State, region, body and kind stay: every worklist read filters by them.
-- 2. Region codes are GB/T 2260 digits, compared bytewise ("C"): one btree on (region, body, state)
--    then serves both a region prefix (LIKE '65%') and the region order (sort=region), where V5 needed
--    a second, text_pattern_ops copy of the same index for the prefix.
drop index obligation_worklist;
drop index obligation_worklist_by_region;
drop index obligation_by_region_body;
drop index obligation_by_region_prefix;
drop index obligation_open_until;

alter table obligation alter column region type text collate "C";

create index obligation_by_region_body on obligation (region, responsible_body, state) include (kind);
create index obligation_open_until on obligation (open_until, due_at) include (escalate_at, region, kind);
create index obligation_worklist on obligation (due_on, item_id, version, period)
    include (state, region, responsible_body, kind)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED');
create index obligation_worklist_by_region on obligation (region, due_on, item_id, version, period)
    include (state, kind)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED');
