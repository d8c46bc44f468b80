-- Articles: the news items the record comes from. Portable SQL: the same file runs on H2 and PostgreSQL.
-- An article is a DRAFT until an editor confirms it (CONFIRMED: its meeting, envoys, participations and quotes are in
-- the record, meeting_id names the meeting) or rejects it (REJECTED). content_hash is the SHA-256 of the text with runs
-- of whitespace made one space, so the same text pasted twice is one article. A quote taken from an article keeps the
-- article and its offsets in the article's text (UTF-16 code units, start inclusive, end exclusive); a participation
-- keeps the title the article gave the envoy at that meeting.

create sequence article_seq start with 1000 increment by 50;

create table article (
    id           bigint          not null,
    source       varchar(200),
    url          varchar(2000),
    published_on date            not null,
    headline     varchar(500),
    text         varchar(100000) not null,
    content_hash varchar(64)     not null,
    status       varchar(10)     not null,
    meeting_id   bigint,
    version      integer         not null default 0,
    created_at   timestamp       not null,
    constraint article_pk primary key (id),
    constraint article_content_hash_uk unique (content_hash),
    constraint article_status_ck check (status in ('DRAFT', 'CONFIRMED', 'REJECTED')),
    constraint article_meeting_fk foreign key (meeting_id) references meeting (id) on delete set null
);
create index article_created_idx on article (created_at, id);
create index article_status_created_idx on article (status, created_at, id);
create index article_meeting_idx on article (meeting_id);

alter table quote add column article_id bigint;
alter table quote add column start_offset integer;
alter table quote add column end_offset integer;
alter table quote add constraint quote_article_fk foreign key (article_id) references article (id);
create index quote_article_idx on quote (article_id);

alter table meeting_participant add column title_as_written varchar(200);

-- The seed article (Yonhap, 13 December 2016), confirmed: the seed meeting and its six quotes came from it.
insert into article (id, source, url, published_on, headline, text, content_hash, status, meeting_id, version,
                     created_at) values
    (1, 'Yonhap', null, date '2016-12-13', null,
     'Top nuclear envoys of South Korea, the United States and Japan met Tuesday to discuss cooperation against North Korea''s growing nuclear and missile threat.
Kim Hong-kyun, special representative for Korean Peninsula peace and security affairs at the ministry, held talks with his US and Japanese counterparts, Joseph Yun and Kenji Kanasugi, at a hotel in Seoul.
"I think it is indeed meaningful that at this time our three countries are meeting again to have an in-depth discussion on how to further strengthen our trilateral coordination on North Korea," Kim told his counterparts before the meeting started.
"Given the seriousness of the situation unfolding in the region, I cannot emphasize enough the importance of maintaining close coordination between the three countries," he added.
Kim Hong-kyun (center), special representative for Korean Peninsula peace and security affairs at the foreign ministry, poses together with his US and Japanese counterparts, Joseph Yun (left) and Kenji Kanasugi, before the start of a meeting in Seoul on Dec. 13, 2016, to discuss cooperation against North Korea''s nuclear threat. (Yonhap)
They got together to discuss how to implement a new set of sanctions adopted by the United Nations Security Council last month to punish the North for its fifth nuclear test in September. In a follow-up move, the three countries unveiled their own unilateral sanctions later on.
Yun reassured the US support for the UNSC''s latest Resolution 2321, which mainly focuses on restricting the North''s coal exports deemed to be a major source of hard currency for its nuclear and missile programs.
"The US welcomes the recent adoption of UNSC Resolution 2321 and, of course, our three countries coordinated very closely together in announcing our unilateral sanctions," the US negotiator said. "This harmonization of our own sanctions, as well as working together in New York, really shows and symbolizes our strong trilateral cooperation on North Korea."
Kanasugi, meanwhile, emphasized that the meeting was held "in a very timely manner" as it came after the three announced their respective unilateral measures against the North.
"I believe, by doing so, in a very coordinated way, we are able to send our strong message to the DPRK, in particular, and to the international community as a whole," he said. (Yonhap)',
     '0c30a4821b828d67e74c986b3831ea2d443f1c2f934a5309645736bbfe0cbc4e', 'CONFIRMED', 1, 0,
     timestamp '2016-12-13 00:00:00');

update quote set article_id = 1, start_offset = 362, end_offset = 552 where id = 1;
update quote set article_id = 1, start_offset = 610, end_offset = 776 where id = 2;
update quote set article_id = 1, start_offset = 1620, end_offset = 1788 where id = 3;
update quote set article_id = 1, start_offset = 1816, end_offset = 1975 where id = 4;
update quote set article_id = 1, start_offset = 2036, end_offset = 2059 where id = 5;
update quote set article_id = 1, start_offset = 2155, end_offset = 2318 where id = 6;

update meeting_participant
   set title_as_written = 'special representative for Korean Peninsula peace and security affairs at the ministry'
 where meeting_id = 1 and envoy_id = 1;
