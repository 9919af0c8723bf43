-- 依申请公开: each request's events as received (the clock is folded from them for the explanation and
-- the yearly report), once per CloudEvents id, and the request's current standing for lists and filters.
create table request_event (
    request_id  text collate "C" not null,
    event_id    text collate "C" not null,
    -- the order the intake accepted them in: the order they are folded in
    seq         bigint generated always as identity,
    type        text not null,
    event_time  timestamptz not null,
    payload     text not null,
    origin      text,
    received_at timestamptz not null,
    primary key (request_id, event_id)
);
create index request_event_in_order on request_event (request_id, seq);

create table request (
    request_id        text collate "C" primary key,
    region            text not null,
    responsible_body  text not null,
    applicant_type    text not null,
    received_on       date not null,
    state             text not null,
    -- null while the clock stands still (补正, 征求意见) and once withdrawn
    due_on            date,
    closed_on         date,
    outcome           text,
    late              boolean,
    working_days_late integer,
    updated_at        timestamptz not null
);
create index request_by_region on request (region, request_id);
create index request_in_year on request (received_on, closed_on);
