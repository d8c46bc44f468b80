-- The SQL behind Q1 (the nested page of 50 meetings), one statement per level as the service runs it, for pgbench.
with page as (select id, title, date, host_country_id from meeting order by date desc, id desc limit 51)
select id, title, date, host_country_id from page;
select c.id, c.code, c.name from country c
where c.id in (select host_country_id from (select host_country_id from meeting order by date desc, id desc limit 50) p);
select mp.meeting_id, e.id, e.name, e.country_id from meeting_participant mp join envoy e on e.id = mp.envoy_id
where mp.meeting_id in (select id from (select id from meeting order by date desc, id desc limit 50) p) order by e.name, e.id;
select c.id, c.code from country c where c.id in (select e.country_id from meeting_participant mp join envoy e on e.id = mp.envoy_id
where mp.meeting_id in (select id from (select id from meeting order by date desc, id desc limit 50) p));
select q.meeting_id, q.id, q.text, q.speaker_id from quote q
where q.meeting_id in (select id from (select id from meeting order by date desc, id desc limit 50) p) order by q.position, q.id;
select e.id, e.name from envoy e where e.id in (select q.speaker_id from quote q
where q.meeting_id in (select id from (select id from meeting order by date desc, id desc limit 50) p));
