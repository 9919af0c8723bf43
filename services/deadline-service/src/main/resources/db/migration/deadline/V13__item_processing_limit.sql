-- A service guide's 办理时限 (processing limit: how long the office has to serve an applicant), as its
-- latest revision writes it (processingLimit of item.created / item.changed), for the item API. Kept on
-- the item, not on the obligation: it is no publication deadline, and nothing is opened or counted
-- from it (docs/design.md rule 7). Null when the revision states none, and for items not revised since
-- (the event log keeps no revision whole, V4). Nullable without a default: adding it rewrites no row.
alter table item add column processing_limit text;
