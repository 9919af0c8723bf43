-- Where an accepted event came from (topic-partition@offset), so a held event can still be
-- dead-lettered with its origin later.
alter table item_event add column origin text;

-- The latest known revision of each catalog item (目录事项).
create table item (
    item_id          text        primary key,
    latest_version   integer     not null,
    region           text        not null,
    responsible_body text        not null,
    title            text        not null,
    mode             text        not null check (mode in ('ACTIVE', 'ON_REQUEST')),
    retired_at       timestamptz,
    updated_at       timestamptz not null
);

-- One publication obligation (公开义务) per (item, version): DESIGN.md rules 1, 2, 5.
create table obligation (
    item_id             text        not null,
    version             integer     not null,
    region              text        not null,
    responsible_body    text        not null,
    title               text        not null,
    changed_at          timestamptz not null,
    changed_on          date        not null,
    working_days        integer     not null,
    extension_days      integer     not null default 0,
    time_limit_text     text,
    time_limit_unparsed boolean     not null,
    due_on              date        not null,
    due_at              timestamptz not null,
    calendar_version    text        not null,
    provisional         boolean     not null,
    state               text        not null check (state in ('OPEN', 'MET', 'MET_LATE', 'CANCELLED')),
    published_at        timestamptz,
    working_days_late   integer,
    closed_reason       text,
    opened_at           timestamptz not null,
    updated_at          timestamptz not null,
    primary key (item_id, version)
);

create index obligation_open_by_region on obligation (region, due_on) where state = 'OPEN';
create index obligation_by_state on obligation (state, region, responsible_body);

-- Every publication of an item (item.published); one with a version not seen yet waits here
-- until that version arrives (events may arrive out of order).
create table publication (
    event_id     text        primary key,
    item_id      text        not null,
    version      integer     not null,
    published_at timestamptz not null,
    channel      text,
    url          text,
    received_at  timestamptz not null
);

create index publication_by_item on publication (item_id, version);

-- Records rejected as bad input, by origin: a redelivered bad record is dead-lettered once.
create table rejected_record (
    origin      text        primary key,
    reason      text        not null,
    detail      text        not null,
    rejected_at timestamptz not null
);

-- Transactional outbox: written in the same transaction as the state change, relayed to Kafka
-- in id order by one relay at a time.
create table outbox (
    id         bigserial   primary key,
    topic      text        not null,
    record_key text,
    payload    bytea       not null,
    headers    jsonb       not null default '{}'::jsonb,
    created_at timestamptz not null
);

-- Holiday notices loaded at runtime (PUT /api/calendars/{region}/{year}), on top of the bundled ones.
create table calendar_notice (
    region           text        not null,
    year             integer     not null,
    source           text        not null,
    confidence       text        not null,
    document         jsonb       not null,
    calendar_version text        not null,
    loaded_at        timestamptz not null,
    loaded_by        text        not null,
    primary key (region, year)
);
