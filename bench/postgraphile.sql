-- What PostGraphile needs for Q6 and Envoys does not: an envoy's last meetings. Envoy.meetings in Envoys is oldest
-- first (then by id) and Q6 asks it for `last: 3`. Neither installed PostGraphile schema can order the
-- meeting_participant junction by its meeting's date (MeetingParticipantOrderBy offers the junction's own columns
-- only), and neither takes `last` on a computed-column connection ("Unknown argument last" from PostGraphile 5), so
-- this is the computed column PostGraphile's documentation prescribes for such a list, in the reverse order: both
-- versions expose it as Envoy.recentMeetings, a connection with first/after, and Q6 asks it for `first: 3`
-- (bench/compare.py puts those rows back in Envoys' order). A stable SQL function, which PostgreSQL inlines. It orders
-- by the participation's own copy of the meeting date, as Envoys does, so both read the same index range backwards.
-- Run after bench/dataset.sql, before PostGraphile starts (it reads the schema at start).
\set ON_ERROR_STOP on
drop function if exists envoy_meetings(envoy);
create or replace function envoy_recent_meetings(e envoy) returns setof meeting language sql stable as $$
  select m.* from meeting_participant mp join meeting m on m.id = mp.meeting_id
  where mp.envoy_id = e.id order by mp.meeting_date desc, mp.meeting_id desc
$$;
comment on function envoy_recent_meetings(envoy) is 'The meetings the envoy took part in, newest first, then by id.';
