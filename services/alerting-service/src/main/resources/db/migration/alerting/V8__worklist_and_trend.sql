-- The workbench's reads (V8): each obligation's category (一级/二级/三级事项, from deadline.opened),
-- the worklist GET /api/obligations (待办) and the overdue trend GET /api/obligations/trend.

-- outermost level first; '{}' for rows opened before the contract carried it, and for items without one
alter table obligation add column category text[] not null default '{}';

-- The levels lower-cased and joined by U+001F (which the API refuses in a filter), so a filter
-- "contains x" on the joined text is "some level contains x". array_to_string is only STABLE
-- (element output functions in general may read settings); for text[] it is immutable.
create function category_search_text(category text[]) returns text
    language sql immutable strict parallel safe
    as $$ select lower(array_to_string(category, chr(31))) $$;

-- Kept by PostgreSQL itself on every insert and update (one table rewrite now):
--   search_text   what q searches: lower(title) U+001F lower(item_id)
--   category_text what category searches (above)
--   open_until    when the obligation stopped being open: published_at of MET / MET_LATE,
--                 state_since of CANCELLED, 'infinity' while open; the trend counts an obligation
--                 overdue on a day when due_at <= the end of that day < open_until
alter table obligation
    add column search_text   text        generated always as (lower(title || chr(31) || item_id)) stored,
    add column category_text text        generated always as (category_search_text(category)) stored,
    add column open_until    timestamptz generated always as (
        case when state in ('MET', 'MET_LATE') then published_at
             when state = 'CANCELLED' then state_since
             else 'infinity'::timestamptz end) stored;

-- The worklist over the open states (the default filter): count and page keys come from an
-- index-only scan of this one index whatever the other filters (region, responsibleBody, q,
-- category, itemId, dueOn…, dueWithinWorkingDays), in due order (sort dueOn, -dueOn) or top-N
-- sorted (title); the page's full rows are then read by primary key.
create index obligation_worklist on obligation (due_on, item_id, version)
    include (state, region, responsible_body, title, search_text, category_text)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED');

-- ... and of one region prefix or a user's regions (region like '6505%', text_pattern_ops as in V5)
create index obligation_worklist_by_region on obligation (region text_pattern_ops, due_on, item_id, version)
    include (state)
    where state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED');

-- The trend: the obligations closed since the window's first day (a range of open_until) and
-- those still open and due by now (open_until = 'infinity', a range of due_at), each one
-- index-only range scan with all the trend reads.
create index obligation_open_until on obligation (open_until, due_at) include (escalate_at, region);
