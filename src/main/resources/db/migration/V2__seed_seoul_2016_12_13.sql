-- Seed: "Top nuclear envoys of South Korea, the United States and Japan met Tuesday..." (Yonhap),
-- the trilateral meeting in Seoul on 13 December 2016. Only what the article states.
-- Ids below 1000 are reserved for seed rows (sequences start at 1000).

insert into country (id, code, name, official_name) values
    (1, 'KR', 'South Korea', 'Republic of Korea'),
    (2, 'US', 'United States', 'United States of America'),
    (3, 'JP', 'Japan', 'Japan'),
    (4, 'KP', 'North Korea', 'Democratic People''s Republic of Korea');

insert into envoy (id, name, title, organization, country_id, version) values
    (1, 'Kim Hong-kyun', 'Special Representative for Korean Peninsula Peace and Security Affairs', 'Foreign Ministry', 1, 0),
    (2, 'Joseph Yun', 'Top nuclear envoy', null, 2, 0),
    (3, 'Kenji Kanasugi', 'Top nuclear envoy', null, 3, 0);

insert into meeting (id, title, date, city, venue, host_country_id, summary, source, version) values
    (1, 'Trilateral meeting of the top nuclear envoys of South Korea, the United States and Japan',
     date '2016-12-13', 'Seoul', 'a hotel', 1,
     'The top nuclear envoys of South Korea, the United States and Japan met in Seoul to discuss cooperation against '
     || 'North Korea''s growing nuclear and missile threat and how to implement UN Security Council Resolution 2321, '
     || 'adopted the month before to punish the North for its fifth nuclear test in September. The resolution mainly '
     || 'restricts the North''s coal exports, deemed a major source of hard currency for its nuclear and missile programs. '
     || 'The meeting came after the three countries announced their own, coordinated unilateral sanctions against the North.',
     'Yonhap', 0);

insert into meeting_topic (meeting_id, position, topic) values
    (1, 0, 'North Korea''s nuclear and missile threat'),
    (1, 1, 'UNSC Resolution 2321 sanctions'),
    (1, 2, 'Unilateral sanctions against North Korea'),
    (1, 3, 'Trilateral coordination on North Korea');

insert into meeting_participant (meeting_id, envoy_id) values
    (1, 1),
    (1, 2),
    (1, 3);

insert into quote (id, meeting_id, speaker_id, text, partial, context, position) values
    (1, 1, 1,
     'I think it is indeed meaningful that at this time our three countries are meeting again to have an in-depth '
     || 'discussion on how to further strengthen our trilateral coordination on North Korea',
     false, 'Kim told his counterparts before the meeting started', 1),
    (2, 1, 1,
     'Given the seriousness of the situation unfolding in the region, I cannot emphasize enough the importance of '
     || 'maintaining close coordination between the three countries',
     false, 'he added', 2),
    (3, 1, 2,
     'The US welcomes the recent adoption of UNSC Resolution 2321 and, of course, our three countries coordinated '
     || 'very closely together in announcing our unilateral sanctions',
     false, 'the US negotiator said', 3),
    (4, 1, 2,
     'This harmonization of our own sanctions, as well as working together in New York, really shows and symbolizes '
     || 'our strong trilateral cooperation on North Korea.',
     false, 'the US negotiator said, continuing', 4),
    (5, 1, 3,
     'in a very timely manner',
     true, 'Kanasugi emphasized that the meeting was held "in a very timely manner" as it came after the three '
     || 'announced their respective unilateral measures against the North', 5),
    (6, 1, 3,
     'I believe, by doing so, in a very coordinated way, we are able to send our strong message to the DPRK, '
     || 'in particular, and to the international community as a whole',
     false, 'he said', 6);
