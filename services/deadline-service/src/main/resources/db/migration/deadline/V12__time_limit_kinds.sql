-- Time limits as catalogs write them (docs/design.md, "Time limits"): an obligation records the kind
-- of its time limit and how its due date is counted, so a calendar load counts it again the same way.
--   limit_kind:   WORKING_DAYS | CALENDAR_DAYS | IMMEDIATE | FIXED_DATE | PERIODIC (TimeLimitKind; a
--                 CONTINUOUS limit opens no obligation)
--   count_unit:   WORKING | CALENDAR | FIXED (DueCount.CountUnit); working_days holds N of that unit
--   counted_from: the day the count starts from, not counted (changed_on; a period's last day; the fixed date)
--   period:       for FIXED_DATE and PERIODIC, the period it is for (2025-09, 2025-Q3, 2025-H2, 2025)
-- Every obligation before this counted N working days from changed_on (0: immediate).
alter table obligation
    add column limit_kind text not null default 'WORKING_DAYS',
    add column count_unit text not null default 'WORKING',
    add column counted_from date,
    add column period text;

update obligation set counted_from = changed_on;
update obligation set limit_kind = 'IMMEDIATE' where working_days = 0;

alter table obligation
    alter column counted_from set not null,
    add constraint obligation_limit_kind_known
        check (limit_kind in ('WORKING_DAYS', 'CALENDAR_DAYS', 'IMMEDIATE', 'FIXED_DATE', 'PERIODIC')),
    add constraint obligation_count_unit_known check (count_unit in ('WORKING', 'CALENDAR', 'FIXED')),
    add constraint obligation_period_only_when_scheduled
        check ((period is not null) = (limit_kind in ('FIXED_DATE', 'PERIODIC')));
