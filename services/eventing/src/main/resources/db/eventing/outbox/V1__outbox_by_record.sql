-- The transactional outbox as the services first created it (deadline-service and alerting-service
-- V2, before eventing owned it): one row per record. A database that ran those keeps the outbox it
-- has, in whichever layout; a new one gets this, and V2 turns it into today's layout exactly as
-- the services' migrations did, so every database ends with the same table (sequence name included).
create table if not exists outbox (
    id         bigserial   primary key,
    topic      text        not null,
    record_key text,
    payload    bytea       not null,
    headers    jsonb       not null default '{}'::jsonb,
    created_at timestamptz not null
);
