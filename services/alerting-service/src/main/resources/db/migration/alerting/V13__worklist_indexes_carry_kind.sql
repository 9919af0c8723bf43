-- V12 rebuilt the worklist indexes for the period and left out the kind V10 had put in them: every
-- worklist read filters by kind (items by default), so its count and page keys needed a heap visit per
-- row again instead of an index-only scan. Put it back.
drop index obligation_worklist;
create index obligation_worklist on obligation (due_on, item_id, version, period)
    include (state, region, responsible_body, title, search_text, category_text, kind)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED');

drop index obligation_worklist_by_region;
create index obligation_worklist_by_region on obligation (region text_pattern_ops, due_on, item_id, version, period)
    include (state, kind)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED');
