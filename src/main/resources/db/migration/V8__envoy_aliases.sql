-- Other names of a known envoy, as articles wrote them and an editor confirmed ("Sung Kim" for "Sung Yong Kim"), so
-- that the next article naming them that way is matched to them. Learned when an article is confirmed; at most 20
-- per envoy. Portable SQL; 400 wide because H2 counts UTF-16 units and a name as written is at most 200 characters.
create table envoy_alias (
    envoy_id bigint       not null,
    alias    varchar(400) not null,
    constraint envoy_alias_pk primary key (envoy_id, alias),
    constraint envoy_alias_envoy_fk foreign key (envoy_id) references envoy (id) on delete cascade
);
