-- A service's first migration as it was before eventing owned the outbox: its own table and the outbox.
create table thing (
    id   integer primary key,
    name text    not null
);

create table outbox (
    id         bigserial   primary key,
    topic      text        not null,
    record_key text,
    payload    bytea       not null,
    headers    jsonb       not null default '{}'::jsonb,
    created_at timestamptz not null
);
