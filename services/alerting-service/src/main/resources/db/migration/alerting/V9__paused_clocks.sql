-- Paused clocks (V9): a request's answer period (依申请公开) stops while it waits for a correction
-- (补正) or a consultation (征求意见). PAUSED is open (未办结) but not running: the sweep leaves it
-- alone, the worklist lists it. The sets are ObligationLifecycle's (OPEN, RUNNING);
-- LifecycleSchemaIntegrationTest holds these predicates to it.
alter table obligation drop constraint obligation_state_check;
alter table obligation add constraint obligation_state_check check (state in
    ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED', 'MET', 'MET_LATE', 'CANCELLED'));

drop index obligation_worklist;
create index obligation_worklist on obligation (due_on, item_id, version)
    include (state, region, responsible_body, title, search_text, category_text)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED');

drop index obligation_worklist_by_region;
create index obligation_worklist_by_region on obligation (region text_pattern_ops, due_on, item_id, version)
    include (state)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED');
