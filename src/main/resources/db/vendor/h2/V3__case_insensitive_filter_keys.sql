-- Lower-cased keys of the text that the city and topic filters compare (indexed in V4). H2 computes such a column
-- without the STORED that PostgreSQL requires, hence one file per database. Twice the
-- text's length: lower-casing can lengthen a string (U+0130 becomes two characters).
alter table meeting add column city_key varchar(400) generated always as (lower(city));
alter table meeting_topic add column topic_key varchar(200) generated always as (lower(topic));
