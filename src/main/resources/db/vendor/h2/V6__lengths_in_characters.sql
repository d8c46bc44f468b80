-- H2 counts a varchar's length in UTF-16 units, where the API and PostgreSQL count characters (code points): a
-- character outside the Basic Multilingual Plane, such as an emoji, is two units. Each length is doubled here, so any
-- text within the API's limits fits (the service checks those limits itself, in characters). H2 does not alter a
-- column that a generated column reads, so the lower-cased filter keys of V3 and their indexes of V4 are made again.
drop index meeting_city_key_idx;
drop index meeting_topic_key_idx;
alter table meeting drop column city_key;
alter table meeting_topic drop column topic_key;
alter table country alter column name set data type varchar(400);
alter table country alter column official_name set data type varchar(400);
alter table envoy alter column name set data type varchar(400);
alter table envoy alter column title set data type varchar(400);
alter table envoy alter column organization set data type varchar(400);
alter table meeting alter column title set data type varchar(400);
alter table meeting alter column city set data type varchar(400);
alter table meeting alter column venue set data type varchar(400);
alter table meeting alter column summary set data type varchar(10000);
alter table meeting alter column source set data type varchar(400);
alter table meeting_topic alter column topic set data type varchar(200);
alter table quote alter column text set data type varchar(10000);
alter table quote alter column context set data type varchar(2000);
alter table meeting add column city_key varchar(800) generated always as (lower(city));
alter table meeting_topic add column topic_key varchar(400) generated always as (lower(topic));
create index meeting_city_key_idx on meeting (city_key, date, id);
create index meeting_topic_key_idx on meeting_topic (topic_key, meeting_id);
