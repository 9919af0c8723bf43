-- Every recomputation (重新计算) of an open obligation's due date by a calendar notice, for the
-- item timeline (GET /api/items/{itemId}): the recount writes it in the transaction that moves the
-- obligation and emits deadline.recomputed, one set-based insert per chunk it walks. An obligation
-- may be recomputed many times (a notice, then its correction), so nothing here is unique; the
-- index leads with (item_id, version) and serves the timeline's read of one item.
create table recomputation (
    item_id          text collate "C" not null,
    version          integer          not null,
    previous_due_on  date             not null,
    due_on           date             not null,
    calendar_version text             not null,
    provisional      boolean          not null,
    recomputed_at    timestamptz      not null,
    reason           text             not null
);

create index recomputation_by_obligation on recomputation (item_id, version, recomputed_at);
