-- Lower-cased keys of the text that the city and topic filters compare (indexed in V4). PostgreSQL requires STORED
-- for such a column and H2 refuses it, hence one file per database. Twice the
-- text's length: lower-casing can lengthen a string (U+0130 becomes two characters).
alter table meeting add column city_key varchar(400) generated always as (lower(city)) stored;
alter table meeting_topic add column topic_key varchar(200) generated always as (lower(topic)) stored;
