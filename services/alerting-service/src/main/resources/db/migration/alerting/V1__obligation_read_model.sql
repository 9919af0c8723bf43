-- Read model: one row per disclosure obligation, fed by disclosure.deadlines.
create table obligation (
    item_id          text        not null,
    version          integer     not null,
    region           char(6)     not null,
    responsible_body text        not null,
    due_on           date        not null,
    state            text        not null check (state in
                         ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'MET', 'MET_LATE', 'CANCELLED')),
    calendar_version text        not null,
    provisional      boolean     not null,
    updated_at       timestamptz not null,
    primary key (item_id, version)
);

-- the sweep looks for open obligations by due date
create index obligation_open_by_due on obligation (due_on) where state in ('OPEN', 'DUE_SOON', 'OVERDUE');

-- deadline events already applied (CloudEvents id), written in the same transaction
create table processed_event (
    event_id     text        primary key,
    processed_at timestamptz not null
);
