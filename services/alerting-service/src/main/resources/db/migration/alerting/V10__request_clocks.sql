-- Request clocks (V10): a request's answer period (依申请公开 答复期限, disclosure.request.deadline.*)
-- is an obligation of kind REQUEST in the same read model, so the sweep, the alerts, the
-- notifications and the digest treat it as they treat an item. Its key is (requestId, 0): item
-- versions start at 1, so a request never shares a key with an item, nor an alert's unique key.
-- The kinds are ObligationKind's; LifecycleSchemaIntegrationTest holds these checks to it.
alter table obligation add column kind text not null default 'ITEM';
alter table obligation add constraint obligation_kind_check check (kind in ('ITEM', 'REQUEST'));
alter table obligation add constraint obligation_request_key check ((kind = 'REQUEST') = (version = 0));

alter table alert add column kind text not null default 'ITEM';
alter table alert add constraint alert_kind_check check (kind in ('ITEM', 'REQUEST'));

-- Every read filters by kind (items by default): the indexes that serve reads index-only carry it.
drop index obligation_worklist;
create index obligation_worklist on obligation (due_on, item_id, version)
    include (state, region, responsible_body, title, search_text, category_text, kind)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED');

drop index obligation_worklist_by_region;
create index obligation_worklist_by_region on obligation (region text_pattern_ops, due_on, item_id, version)
    include (state, kind)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED');

drop index obligation_by_region_prefix;
create index obligation_by_region_prefix on obligation (region text_pattern_ops, responsible_body, state) include (kind);

drop index obligation_open_until;
create index obligation_open_until on obligation (open_until, due_at) include (escalate_at, region, kind);
