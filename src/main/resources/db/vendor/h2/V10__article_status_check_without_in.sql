-- H2 compiles V7's check "status in ('DRAFT', 'CONFIRMED', 'REJECTED')" into a condition that keeps the session of the
-- connection that created the table: once the pool closes that connection (its lifetime ends), every insert or update
-- of an article fails the check ("The database has been closed") until the database is restarted. The same rule,
-- written as a regular expression, keeps no session.
alter table article drop constraint article_status_ck;
alter table article add constraint article_status_ck check (regexp_like(status, '^(DRAFT|CONFIRMED|REJECTED)$'));
