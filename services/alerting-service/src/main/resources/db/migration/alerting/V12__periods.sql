-- Periodic time limits (docs/design.md "Time limits"): a periodic item has one obligation per period,
-- so the key is (item_id, version, period); '' for an obligation that does not recur (a primary key
-- holds no null), and for a request's answer period. limit_kind is deadline.opened's timeLimitKind
-- (null for a request, and for rows opened before this), shown on the worklist.
alter table obligation
    add column period     text not null default '',
    add column limit_kind text,
    drop constraint obligation_pkey,
    add primary key (item_id, version, period);

-- One alert per transition of each period's obligation.
alter table alert
    add column period text not null default '',
    drop constraint alert_item_id_version_type_key,
    add constraint alert_once_per_transition unique (item_id, version, period, type);

-- The worklist's keyset ends in the period now (WorklistSort): the indexes give that order.
drop index obligation_worklist;
create index obligation_worklist on obligation (due_on, item_id, version, period)
    include (state, region, responsible_body, title, search_text, category_text)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED');

drop index obligation_worklist_by_region;
create index obligation_worklist_by_region on obligation (region text_pattern_ops, due_on, item_id, version, period)
    include (state)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED');
