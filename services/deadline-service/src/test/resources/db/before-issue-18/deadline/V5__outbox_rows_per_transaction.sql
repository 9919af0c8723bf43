-- The outbox keeps one row per writing transaction, its records as arrays in order: a poll of
-- 2,000 item events writes (and the relay deletes) one row instead of 2,000. Records still
-- waiting move over, one row each, in the order they would have been sent.
alter table outbox rename to outbox_by_record;

create table outbox (
    id          bigserial   primary key,
    topics      text[]      not null,
    record_keys text[]      not null,
    payloads    bytea[]     not null,
    headers     text[]      not null,
    created_at  timestamptz not null
);
-- events are JSON already written once: stored out of line as they are, not compressed again
alter table outbox alter column payloads set storage external;

insert into outbox (topics, record_keys, payloads, headers, created_at)
select array[topic], array[record_key], array[payload], array[headers::text], created_at
from outbox_by_record order by id;

drop table outbox_by_record;
