-- What the sweep and the notifications need of each obligation: when it becomes due soon, overdue
-- and escalated, as instants computed from the working-day calendar when its due date is set,
-- so the sweep is a set-based comparison with the clock (DESIGN.md rule 6).
alter table obligation alter column region type text;
alter table obligation
    add column title             text        not null default '',
    add column changed_on        date,
    add column due_at            timestamptz,
    add column due_soon_at       timestamptz,
    add column escalate_at       timestamptz,
    add column published_at      timestamptz,
    add column working_days_late integer,
    add column state_since       timestamptz;

-- older rows (none in production) get their instants at the first recompute
update obligation set due_at = (due_on + 1)::timestamp at time zone 'Asia/Shanghai',
                      due_soon_at = (due_on - 3)::timestamp at time zone 'Asia/Shanghai',
                      escalate_at = (due_on + 8)::timestamp at time zone 'Asia/Shanghai',
                      state_since = updated_at
where due_at is null;
alter table obligation
    alter column due_at set not null,
    alter column due_soon_at set not null,
    alter column escalate_at set not null,
    alter column state_since set not null;

drop index obligation_open_by_due;
create index obligation_becoming_due_soon on obligation (due_soon_at) where state = 'OPEN';
create index obligation_becoming_overdue on obligation (due_at) where state in ('OPEN', 'DUE_SOON');
create index obligation_becoming_escalated on obligation (escalate_at) where state in ('OPEN', 'DUE_SOON', 'OVERDUE');
create index obligation_by_region_body on obligation (region, responsible_body, state);

-- One alert (预警) per transition of an obligation; the unique key makes a second one impossible,
-- however many sweeps or instances run.
create table alert (
    id                   uuid        primary key,
    type                 text        not null check (type in ('DUE_SOON', 'OVERDUE', 'ESCALATED', 'PUBLISHED_LATE')),
    item_id              text        not null,
    version              integer     not null,
    region               text        not null,
    responsible_body     text        not null,
    title                text        not null,
    due_on               date        not null,
    working_days_left    integer,
    working_days_overdue integer,
    raised_at            timestamptz not null,
    acknowledged_by      text,
    acknowledged_at      timestamptz,
    ack_comment          text,
    unique (item_id, version, type)
);

create index alert_by_region_body on alert (region, responsible_body, raised_at desc);
create index alert_by_time on alert (raised_at desc);

-- Transactional outbox (same layout in every service; relayed by the eventing library).
create table outbox (
    id         bigserial   primary key,
    topic      text        not null,
    record_key text,
    payload    bytea       not null,
    headers    jsonb       not null default '{}'::jsonb,
    created_at timestamptz not null
);
