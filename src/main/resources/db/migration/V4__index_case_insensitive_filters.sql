-- The city and topic filters ignore case, so they compare the lower-cased keys of V3; an index on the text itself
-- can't serve them.
drop index meeting_city_idx;
create index meeting_city_key_idx on meeting (city_key, date, id);

drop index meeting_topic_topic_idx;
create index meeting_topic_key_idx on meeting_topic (topic_key, meeting_id);
