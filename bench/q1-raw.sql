-- The SQL behind Q1 (the nested page of 50 meetings) as the service runs it, for pgbench: the page with its host
-- countries, one statement per to-many level (participants with their country; the quotes, a page of at most 100 per
-- meeting read through a LATERAL subquery per meeting, as Meeting.quotes is a connection), and the quotes' speakers.
-- The service passes each level the keys of the level above as one array; here a subquery computes them. run.sh runs
-- it with the service's connection settings (generic plans, random_page_cost 1.1).
select m.id, m.title, m.date, m.city, m.venue, m.summary, m.source, m.version, m.host_country_id, m.recorded_at,
       hc.id, hc.code, hc.name, hc.official_name
from meeting m join country hc on hc.id = m.host_country_id order by m.date desc, m.id desc limit 51;
select mp.meeting_id, e.id, e.name, e.title, e.organization, e.version, e.country_id,
       ec.id, ec.code, ec.name, ec.official_name
from meeting_participant mp join envoy e on e.id = mp.envoy_id join country ec on ec.id = e.country_id
where mp.meeting_id = any(array(select id from meeting order by date desc, id desc limit 50)) order by e.name, e.id;
select q.parent_id, q.id, q.text, q.partial, q.context, q.position, q.speaker_id, q.meeting_id, cast(null as date),
       q.article_id, q.start_offset, q.end_offset, q.recorded_at
from unnest(array(select id from meeting order by date desc, id desc limit 50)) as k(parent_id)
cross join lateral (select k.parent_id, q.*, row_number() over (order by q.position, q.id) as rn from quote q
                    where q.meeting_id = k.parent_id order by q.position, q.id limit 101) q
order by q.parent_id, q.rn;
select e.id, e.id, e.name, e.title, e.organization, e.version, e.country_id from envoy e
where e.id = any(array(select q.speaker_id from quote q
                       where q.meeting_id = any(array(select id from meeting order by date desc, id desc limit 50))))
order by e.name, e.id;
