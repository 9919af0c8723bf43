-- Indexes of the HTTP API (GET /api/alerts, GET /api/obligations/summary).
-- Both filter by a GB/T 2260 prefix (region like '65%'). Under a non-C collation (en_US.utf8, the
-- default of the postgres image) a plain btree on region cannot serve LIKE; text_pattern_ops can,
-- and it serves region = '650502' as well.
create index alert_by_region_prefix on alert (region text_pattern_ops, raised_at desc);

-- the officers' queue: alerts nobody has acknowledged yet, newest first
create index alert_unacknowledged on alert (raised_at desc) where acknowledged_at is null;

-- the summary of one region prefix: an index-only scan of that region's rows
create index obligation_by_region_prefix on obligation (region text_pattern_ops, responsible_body, state);
