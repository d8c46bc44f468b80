-- What PostGraphile needs for Q6 and Envoys does not: an envoy's meetings, oldest first (then by id), as Envoy.meetings
-- orders them. Neither installed PostGraphile schema can order the meeting_participant junction by its meeting's date
-- (MeetingParticipantOrderBy offers the junction's own columns only), and the dataset's meeting ids do not follow
-- their dates, so this is the computed column PostGraphile's documentation prescribes for such a list: both versions
-- expose it as Envoy.meetings, a connection with first/after. A stable SQL function, which PostgreSQL inlines. It orders
-- by the participation's own copy of the meeting date, as Envoys does, so both read the same index range.
-- Run after bench/dataset.sql, before PostGraphile starts (it reads the schema at start).
\set ON_ERROR_STOP on
create or replace function envoy_meetings(e envoy) returns setof meeting language sql stable as $$
  select m.* from meeting_participant mp join meeting m on m.id = mp.meeting_id
  where mp.envoy_id = e.id order by mp.meeting_date, mp.meeting_id
$$;
comment on function envoy_meetings(envoy) is 'The meetings the envoy took part in, oldest first, then by id.';
