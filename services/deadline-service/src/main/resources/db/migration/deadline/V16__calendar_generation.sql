-- How many calendar loads have committed (issue 14, the calendar-load race). A load raises it in its own
-- transaction, under an exclusive advisory lock; every transaction that counts due dates and commits them
-- (intake batches, the period scheduler, an officer's reading) holds the same lock shared, reads this
-- number and, when its instance's calendar is older, takes the stored notices first. So no due date
-- counted on a calendar older than a committed load's can commit after that load's recount.
create table calendar_generation (
    only_row   boolean primary key default true check (only_row),
    generation bigint  not null
);
insert into calendar_generation (generation) values (0);
