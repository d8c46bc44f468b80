-- Envoys schema. Portable SQL: the same file runs on H2 and PostgreSQL.
-- Sequences start at 1000 so seed rows (ids below 1000) never collide with generated ids.

create sequence country_seq start with 1000 increment by 50;
create sequence envoy_seq start with 1000 increment by 50;
create sequence meeting_seq start with 1000 increment by 50;
create sequence quote_seq start with 1000 increment by 50;

create table country (
    id            bigint       not null,
    code          varchar(2)   not null,
    name          varchar(200) not null,
    official_name varchar(200),
    constraint country_pk primary key (id),
    constraint country_code_uk unique (code)
);
create index country_name_idx on country (name, id);

create table envoy (
    id           bigint       not null,
    name         varchar(200) not null,
    title        varchar(200),
    organization varchar(200),
    country_id   bigint       not null,
    version      integer      not null default 0,
    constraint envoy_pk primary key (id),
    constraint envoy_country_fk foreign key (country_id) references country (id)
);
create index envoy_country_idx on envoy (country_id);
create index envoy_name_idx on envoy (name, id);

create table meeting (
    id              bigint        not null,
    title           varchar(200)  not null,
    date            date          not null,
    city            varchar(200)  not null,
    venue           varchar(200),
    host_country_id bigint        not null,
    summary         varchar(5000),
    source          varchar(200),
    version         integer       not null default 0,
    constraint meeting_pk primary key (id),
    constraint meeting_host_country_fk foreign key (host_country_id) references country (id)
);
create index meeting_date_idx on meeting (date, id);
create index meeting_host_country_idx on meeting (host_country_id, date, id);
create index meeting_city_idx on meeting (city);

create table meeting_topic (
    meeting_id bigint       not null,
    position   integer      not null,
    topic      varchar(100) not null,
    constraint meeting_topic_pk primary key (meeting_id, position),
    constraint meeting_topic_meeting_fk foreign key (meeting_id) references meeting (id) on delete cascade
);
create index meeting_topic_topic_idx on meeting_topic (topic);

create table meeting_participant (
    meeting_id bigint not null,
    envoy_id   bigint not null,
    constraint meeting_participant_pk primary key (meeting_id, envoy_id),
    constraint meeting_participant_meeting_fk foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint meeting_participant_envoy_fk foreign key (envoy_id) references envoy (id)
);
create index meeting_participant_envoy_idx on meeting_participant (envoy_id, meeting_id);

create table quote (
    id         bigint        not null,
    meeting_id bigint        not null,
    speaker_id bigint        not null,
    text       varchar(5000) not null,
    partial    boolean       not null default false,
    context    varchar(1000),
    position   integer       not null,
    constraint quote_pk primary key (id),
    constraint quote_meeting_fk foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint quote_speaker_fk foreign key (speaker_id) references envoy (id),
    constraint quote_meeting_position_uk unique (meeting_id, position)
);
create index quote_speaker_idx on quote (speaker_id);
