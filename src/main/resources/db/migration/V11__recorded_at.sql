-- When each quote and meeting entered the record, on the database's clock (the start of the recording transaction),
-- so that a client that missed live events can ask for what was recorded since (recordedSince filters). Rows that
-- were already here take the time of this migration. Portable SQL.
alter table quote add column recorded_at timestamp with time zone default current_timestamp not null;
alter table meeting add column recorded_at timestamp with time zone default current_timestamp not null;
create index quote_recorded_idx on quote (recorded_at, id);
create index meeting_recorded_idx on meeting (recorded_at, id);
