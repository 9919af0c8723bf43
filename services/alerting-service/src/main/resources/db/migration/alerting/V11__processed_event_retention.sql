-- The ids of applied deadline events are kept for shixian.readmodel.processed-ids-kept (14 days),
-- then forgotten by the sweep job (ProcessedEventRetention), a chunk at a time. Rows come in
-- processed_at order, so a BRIN index finds the old ones for a few pages of index, and costs the
-- intake almost nothing to keep.
create index processed_event_by_time on processed_event using brin (processed_at);
