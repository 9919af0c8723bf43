create table outbox (
    id         bigserial   primary key,
    topic      text        not null,
    record_key text,
    payload    bytea       not null,
    headers    jsonb       not null default '{}'::jsonb,
    created_at timestamptz not null
);
