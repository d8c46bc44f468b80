-- The SQL behind Q1 (the nested page of 50 meetings) as the service runs it, for pgbench: the page with its host
-- countries, one statement per to-many level (participants with their country, quotes), and the quotes' speakers.
-- The service passes each level the keys of the level above as one array; here a subquery computes them.
select m.id, m.title, m.date, m.city, m.venue, m.summary, m.source, m.version, m.host_country_id,
       hc.id, hc.code, hc.name, hc.official_name
from meeting m join country hc on hc.id = m.host_country_id order by m.date desc, m.id desc limit 51;
select mp.meeting_id, e.id, e.name, e.title, e.organization, e.version, e.country_id,
       ec.id, ec.code, ec.name, ec.official_name
from meeting_participant mp join envoy e on e.id = mp.envoy_id join country ec on ec.id = e.country_id
where mp.meeting_id = any(array(select id from meeting order by date desc, id desc limit 50)) order by e.name, e.id;
select q.meeting_id, q.id, q.text, q.partial, q.context, q.position, q.speaker_id, q.meeting_id, qm.date
from quote q join meeting qm on qm.id = q.meeting_id
where q.meeting_id = any(array(select id from meeting order by date desc, id desc limit 50)) order by q.position, q.id;
select e.id, e.id, e.name, e.title, e.organization, e.version, e.country_id from envoy e
where e.id = any(array(select q.speaker_id from quote q
                       where q.meeting_id = any(array(select id from meeting order by date desc, id desc limit 50))));
