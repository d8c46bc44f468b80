-- Deterministic synthetic data for benchmarks, on top of the seed (PostgreSQL; run after the service's Flyway
-- migrations). Sizes come as psql variables; the defaults of bench/run.sh are the documented ones:
--   psql -v countries=200 -v envoys=5000 -v meetings=50000 -v quotes_per_meeting=4 -f bench/dataset.sql
-- Every meeting has 3 participants and 2 topics; each quote is said by one of its meeting's participants.
-- Ids start at 100000, far from the seed (below 1000) and the service's own sequences, which are moved past them.
\set ON_ERROR_STOP on
begin;

create temporary table bench_country (n integer primary key, id bigint not null) on commit drop;
insert into bench_country (n, id)
select row_number() over (order by code) - 1, 100000 + row_number() over (order by code)
from (select chr(65 + a) || chr(65 + b) as code from generate_series(0, 25) a, generate_series(0, 25) b) codes
where code not in (select code from country)
order by code
limit :countries;

insert into country (id, code, name, official_name)
select c.id, codes.code, 'Country ' || codes.code, null
from bench_country c
join (select row_number() over (order by code) - 1 as n, code
      from (select chr(65 + a) || chr(65 + b) as code from generate_series(0, 25) a, generate_series(0, 25) b) all_codes
      where code not in (select code from country)) codes on codes.n = c.n;

insert into envoy (id, name, title, organization, country_id, version)
select 100000 + i, 'Envoy ' || to_char(i, 'FM000000'), 'Title ' || (i % 17), 'Ministry ' || (i % 5),
       (select id from bench_country where n = (i * 7919) % :countries), 0
from generate_series(0, :envoys - 1) i;

insert into meeting (id, title, date, city, venue, host_country_id, summary, source, version)
select 100000 + i, 'Meeting ' || i, date '2000-01-01' + ((i * 7919) % 9000), 'City ' || (i % 300), null,
       (select id from bench_country where n = (i * 31) % :countries), 'Synthetic meeting ' || i, 'Bench', 0
from generate_series(0, :meetings - 1) i;

insert into meeting_participant (meeting_id, envoy_id, meeting_date)
select 100000 + i, 100000 + ((i * 3 + k) * 7919) % :envoys, date '2000-01-01' + ((i * 7919) % 9000)
from generate_series(0, :meetings - 1) i, generate_series(0, 2) k;

insert into meeting_topic (meeting_id, position, topic)
select 100000 + i, k, case k when 0 then 'Topic ' || (i % 50) else 'Topic ' || (50 + (i * 7) % 50) end
from generate_series(0, :meetings - 1) i, generate_series(0, 1) k;

insert into quote (id, meeting_id, speaker_id, text, partial, context, position)
select 100000 + i * :quotes_per_meeting + q, 100000 + i,
       100000 + ((i * 3 + (q % 3)) * 7919) % :envoys,
       'Quote ' || q || ' of meeting ' || i || ': we discussed topic ' || (i % 50) || ' at length.',
       q % 5 = 4, 'said after the meeting', q + 1
from generate_series(0, :meetings - 1) i, generate_series(0, :quotes_per_meeting - 1) q;

select setval('country_seq', (select max(id) from country) + 1);
select setval('envoy_seq', (select max(id) from envoy) + 1);
select setval('meeting_seq', (select max(id) from meeting) + 1);
select setval('quote_seq', (select max(id) from quote) + 1);
commit;
-- as autovacuum would have by the time a live database is read: statistics, and the visibility map that lets
-- index-only scans skip the table
vacuum analyze;
