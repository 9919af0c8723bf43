-- The item row keeps its latest revision's category (一级/二级/三级事项, outermost first) and
-- time-limit text (公开时限) as the revision states them, for item listings (GET /api/items,
-- POST /api/items/lookup). The intake writes the item row for every revision anyway: two columns
-- more in the same statement, no statement more. Rows written before stay null ("not known") until
-- their item's next revision: the event log no longer keeps revisions whole (V4), so there is
-- nothing to fill them from. Nullable without a default, so adding them rewrites no row.
alter table item add column category text[],
                 add column time_limit_text text;
