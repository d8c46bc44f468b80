-- As V6 did for the first tables: H2 counts a varchar's length in UTF-16 units, where the API and PostgreSQL count
-- characters (code points), so the columns V7 added are doubled here and any value within the API's limits fits (500
-- emoji in a headline are 1,000 units). The article's text keeps its width: its limit is 100,000 UTF-16 units.
alter table article alter column source set data type varchar(400);
alter table article alter column url set data type varchar(4000);
alter table article alter column headline set data type varchar(1000);
alter table meeting_participant alter column title_as_written set data type varchar(400);
