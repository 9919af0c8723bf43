-- Officers' readings of time limits (时限认定, docs/design.md "Time limits").
-- The latest revision's change time, so the latest version can be counted again under a new reading:
-- backfilled from its obligations where it has one (an item whose latest version opened nothing,
-- continuous or published on request, gets it from its next revision).
alter table item
    add column changed_at     timestamptz,
    add column reading        jsonb,
    add column reading_set_by text,
    add column reading_set_at timestamptz,
    add constraint item_reading_has_who_and_when
        check ((reading is null) = (reading_set_by is null) and (reading is null) = (reading_set_at is null));

update item i set changed_at = o.changed_at
from (select distinct on (item_id, version) item_id, version, changed_at from obligation
      order by item_id, version) o
where o.item_id = i.item_id and o.version = i.latest_version;

-- Every reading an officer set, in order: who, when, what it was read as before, and what it is now.
create table time_limit_reading (
    id            bigint generated always as identity primary key,
    item_id       text        not null,
    version       integer     not null,
    reading       jsonb       not null,
    previous_kind text,
    set_by        text        not null,
    set_at        timestamptz not null
);

create index time_limit_reading_by_item on time_limit_reading (item_id, set_at);
