-- Notifications (通知) of alerts: which alerts were routed, every message to every recipient, and
-- how each channel is doing. Rows are never deleted by the service: a message that could not be
-- sent stays here as GAVE_UP, counted and reported in health, not dropped.

-- An alert is routed once: the insert is the claim, so two instances never plan it twice.
create table alert_plan (
    alert_id   uuid        primary key references alert (id) on delete cascade,
    planned_at timestamptz not null,
    deliveries integer     not null
);

create table delivery (
    id              bigserial   primary key,
    alert_id        uuid        references alert (id) on delete cascade,
    digest_on       date,
    -- tag of metric shixian_alerts_total: due-soon, overdue, escalated, published-late or digest
    type            text        not null,
    channel         text        not null,
    -- an e-mail address, or the channel name for a webhook or robot (their URLs carry tokens)
    recipient       text        not null,
    -- decides the working days and office hours a held message waits for
    region          text        not null,
    state           text        not null default 'PENDING' check (state in ('PENDING', 'SENT', 'GAVE_UP')),
    -- attempts started; a claim counts as one
    attempts        integer     not null default 0,
    -- when it is due; a claim moves it forward by the lease, so a stopped instance's claim expires
    next_attempt_at timestamptz not null,
    held            boolean     not null default false,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    check ((alert_id is null) <> (digest_on is null))
);

-- one message per alert (or digest day), channel and recipient, however often planning runs
create unique index delivery_once_per_alert on delivery (alert_id, channel, recipient) where alert_id is not null;
create unique index delivery_once_per_digest on delivery (digest_on, channel, recipient) where digest_on is not null;
create index delivery_due on delivery (next_attempt_at) where state = 'PENDING';
create index delivery_given_up on delivery (channel) where state = 'GAVE_UP';

-- Consecutive failures per channel, shared by all instances: health and a gauge read it.
create table channel_status (
    channel              text        primary key,
    consecutive_failures integer     not null default 0,
    last_error           text,
    last_failure_at      timestamptz,
    last_success_at      timestamptz
);
