-- Periodic time limits (docs/design.md, "Time limits"): one obligation per (item, version, period).
-- A primary key cannot hold a null, so an obligation that does not recur has the period '' here
-- (ItemFileRepository reads it back as none).
update obligation set period = '' where period is null;

alter table obligation
    drop constraint obligation_period_only_when_scheduled,
    alter column period set default '',
    alter column period set not null,
    add constraint obligation_period_only_when_scheduled
        check ((period <> '') = (limit_kind in ('FIXED_DATE', 'PERIODIC'))),
    drop constraint obligation_pkey,
    add primary key (item_id, version, period);

-- The period a held publication names (item.published's period), null for none.
alter table held_publication add column period text;

-- The latest revision's schedule (Schedule.code(): QUARTER/AFTER/15/WORKING) and the first day of its
-- next period, which the period scheduler opens when that day has come; both null when nothing recurs.
alter table item
    add column schedule           text,
    add column next_period_starts date,
    add constraint item_next_period_needs_schedule check (next_period_starts is null or schedule is not null);

create index item_next_period on item (next_period_starts) where next_period_starts is not null;

-- Which period a recomputation moved, null for an obligation that does not recur.
alter table recomputation add column period text;
