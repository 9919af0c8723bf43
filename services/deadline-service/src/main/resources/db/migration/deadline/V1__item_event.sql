-- Every accepted item event, keyed by its CloudEvents id (idempotent intake).
create table item_event (
    event_id    text        primary key,
    item_id     text        not null,
    type        text        not null,
    received_at timestamptz not null,
    payload     jsonb       not null
);

create index item_event_by_item on item_event (item_id, received_at);
