-- A service's first migration after eventing took the outbox over: its own table only.
create table thing (
    id   integer primary key,
    name text    not null
);
