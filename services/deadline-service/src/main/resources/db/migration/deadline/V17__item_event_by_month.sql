-- The event log (事件日志) partitioned by the month of each event's own CloudEvents time (issue 13,
-- storage lifecycle): a month that has left the online window is detached whole, to be archived by
-- the operator, instead of the log growing without end (EventLogPartitions, docs/design.md
-- "Storage lifecycle"). Months are UTC months: their bounds must never depend on a setting that can
-- change, or a partition made later would overlap one made before.
--
-- occurred_at is the event's time as a timestamptz (event_time keeps the text the timeline shows).
-- It is part of the key because a partitioned table's unique key must hold the partition key. A
-- redelivered record carries the same time, so (item_id, event_id, occurred_at) still recognises
-- it; an id re-sent with another time is another record of the log.
alter table item_event rename to item_event_before_v17;
alter index item_event_pkey rename to item_event_before_v17_pkey;

create table item_event (
    event_id    text collate "C" not null,
    item_id     text collate "C" not null,
    type        text             not null,
    received_at timestamptz      not null,
    payload     text,
    origin      text,
    event_time  text,
    occurred_at timestamptz      not null,
    primary key (item_id, event_id, occurred_at)
) partition by range (occurred_at);

-- an event far in the past or the future, or of a month not made yet, lands here: an insert never fails
create table item_event_default partition of item_event default;

-- one partition per month the log holds (four-digit years: the names stay in order and unique) and
-- the three months ahead, as EventLogPartitions keeps them afterwards
do $$
declare
    first_day date;
begin
    for first_day in
        select distinct date_trunc('month', coalesce(event_time::timestamptz, received_at) at time zone 'UTC')::date
        from item_event_before_v17
        union
        select (date_trunc('month', now() at time zone 'UTC') + make_interval(months => ahead))::date
        from generate_series(0, 3) ahead
    loop
        if extract(year from first_day) between 1000 and 9999 then
            execute format('create table %I partition of item_event for values from (%L) to (%L)',
                           'item_event_' || to_char(first_day, 'YYYY_MM'),
                           to_char(first_day, 'YYYY-MM-DD') || ' 00:00:00+00',
                           to_char(first_day + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00');
        end if;
    end loop;
end
$$;

-- events recorded before V4 may lack event_time: their month is the one they were received in
insert into item_event (event_id, item_id, type, received_at, payload, origin, event_time, occurred_at)
select event_id, item_id, type, received_at, payload, origin, event_time,
       coalesce(event_time::timestamptz, received_at)
from item_event_before_v17;

drop table item_event_before_v17;
