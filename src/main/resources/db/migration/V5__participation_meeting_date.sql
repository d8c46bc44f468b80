-- Each participation repeats its meeting's date (the service keeps them equal), so an envoy's meetings, oldest first,
-- are one range of an index that stops at the page instead of every meeting of the envoy looked up and sorted.
alter table meeting_participant add column meeting_date date;
update meeting_participant set meeting_date = (select m.date from meeting m where m.id = meeting_participant.meeting_id);
alter table meeting_participant alter column meeting_date set not null;
drop index meeting_participant_envoy_idx;
create index meeting_participant_envoy_date_idx on meeting_participant (envoy_id, meeting_date, meeting_id);
