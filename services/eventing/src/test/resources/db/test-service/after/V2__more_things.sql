-- A migration nobody edited.
create table other_thing (id integer primary key);
